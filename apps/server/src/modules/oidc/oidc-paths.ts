/** Where the provider's endpoints live; discovery stays at /.well-known/openid-configuration. */
export const OIDC_PREFIX = '/oidc';
export const interactionPath = (uid: string) => `${OIDC_PREFIX}/interaction/${uid}`;
