import { z } from 'zod';
import { zText } from './common-contracts.ts';

export const ZCreateClientInput = z.strictObject({
  name: zText(120),
  redirectUris: z
    .array(z.url({ protocol: /^https?$/ }))
    .min(1)
    .max(10),
  postLogoutRedirectUris: z
    .array(z.url({ protocol: /^https?$/ }))
    .max(10)
    .default([]),
  /** Public clients (SPAs, mobile) use PKCE without a secret. */
  confidential: z.boolean().default(true),
});
export type CreateClientInput = z.input<typeof ZCreateClientInput>;

export const ZClientApp = z.object({
  clientId: z.string(),
  name: z.string(),
  redirectUris: z.array(z.string()),
  postLogoutRedirectUris: z.array(z.string()),
  confidential: z.boolean(),
  status: z.enum(['active', 'revoked']),
  createdAt: z.string(),
});
export type ClientApp = z.infer<typeof ZClientApp>;
