// oidc-provider ships no type declarations; these cover the part of its API this module uses.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export type UnknownObject = Record<string, unknown>;

  export type AdapterPayload = UnknownObject & {
    grantId?: string;
    userCode?: string;
    uid?: string;
    consumed?: number;
  };

  export type Adapter = {
    upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void>;
    find(id: string): Promise<AdapterPayload | undefined>;
    findByUserCode(userCode: string): Promise<AdapterPayload | undefined>;
    findByUid(uid: string): Promise<AdapterPayload | undefined>;
    consume(id: string): Promise<void>;
    destroy(id: string): Promise<void>;
    revokeByGrantId(grantId: string): Promise<void>;
  };

  export type AccountClaims = UnknownObject & { sub: string };

  export type Account = {
    accountId: string;
    claims(use: string, scope: string, claims: UnknownObject, rejected: string[]): Promise<AccountClaims>;
  };

  export type ClientModel = {
    clientId: string;
    clientName?: string;
    clientAuthMethod: string;
    redirectUris: string[];
  };

  export type SessionModel = {
    accountId?: string;
    grantIdFor(clientId: string): string | undefined;
  };

  export type OIDCContext = {
    route: string;
    provider: Provider;
    client?: ClientModel;
    session?: SessionModel;
    params?: UnknownObject;
    result?: { login?: { accountId: string }; consent?: { grantId?: string } };
    readonly requestParamOIDCScopes: Set<string>;
  };

  export type KoaContextWithOIDC = {
    req: IncomingMessage;
    res: ServerResponse;
    ip: string;
    host: string;
    type: string;
    body: unknown;
    status: number;
    cookies: {
      get(name: string): string | undefined;
      set(name: string, value: string | null, options?: UnknownObject): void;
    };
    oidc: OIDCContext;
  };

  export type Interaction = {
    uid: string;
    prompt: { name: string; reasons: string[]; details: UnknownObject };
    params: UnknownObject;
    session?: { accountId: string; uid: string };
    grantId?: string;
    returnTo: string;
  };

  export type InteractionResults = {
    login?: { accountId: string; remember?: boolean };
    consent?: { grantId: string };
    error?: string;
    error_description?: string;
  };

  export class Grant {
    constructor(properties: { accountId: string; clientId: string });
    readonly jti: string;
    accountId?: string;
    clientId?: string;
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    addResourceScope(resource: string, scope: string): void;
    save(): Promise<string>;
    static find(id: string): Promise<Grant | undefined>;
  }

  export class Check {
    constructor(
      reason: string,
      description: string,
      error: string,
      check: (ctx: KoaContextWithOIDC) => boolean | Promise<boolean>,
    );
  }

  export type Prompt = { name: string; checks: Check[] & { add(check: Check, index?: number): void } };
  export type Policy = Prompt[] & { get(name: string): Prompt | undefined };

  export const interactionPolicy: { base(): Policy; Check: typeof Check };

  export class OIDCProviderError extends Error {
    error: string;
    error_description?: string;
    status: number;
  }

  export const errors: { SessionNotFound: typeof OIDCProviderError; OIDCProviderError: typeof OIDCProviderError };

  export type Configuration = UnknownObject & {
    adapter?: (name: string) => Adapter;
    findAccount?: (ctx: KoaContextWithOIDC, sub: string) => Promise<Account | undefined>;
    loadExistingGrant?: (ctx: KoaContextWithOIDC) => Promise<Grant | undefined>;
  };

  export type Middleware = (ctx: KoaContextWithOIDC, next: () => Promise<void>) => Promise<void>;

  export class Provider {
    constructor(issuer: string, configuration?: Configuration);
    readonly issuer: string;
    proxy: boolean;
    readonly Grant: typeof Grant;
    readonly Client: { find(id: string): Promise<ClientModel | undefined> };
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
    use(middleware: Middleware): void;
    on(event: string, listener: (ctx: KoaContextWithOIDC, ...rest: unknown[]) => void): this;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionResult(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<string>;
  }

  export default Provider;
}
