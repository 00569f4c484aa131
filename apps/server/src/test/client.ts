import { DEMO_PASSWORD } from '../modules/identity/seed.ts';
import type { App } from '../platform/app-types.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
// biome-ignore lint/suspicious/noExplicitAny: replies are checked by the tests' assertions
export type Reply = { status: number; body: any; headers: Record<string, unknown>; text: string };

/** An HTTP client over app.inject that keeps cookies and sends the CSRF token, like a browser would. */
export class TestClient {
  readonly cookies = new Map<string, string>();
  csrf: string | null = null;
  readonly app: App;
  readonly ip: string;
  constructor(app: App, ip = '127.0.0.1') {
    this.app = app;
    this.ip = ip;
  }

  private cookieHeader = () => [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

  async request(method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    if (method !== 'GET' && !this.csrf) {
      const got = await this.request('GET', '/api/auth/csrf');
      this.csrf = got.body.token;
    }
    const response = await this.app.inject({
      method,
      url,
      remoteAddress: this.ip,
      headers: {
        cookie: this.cookieHeader(),
        ...(method !== 'GET' && this.csrf ? { 'x-csrf-token': this.csrf } : {}),
        ...(payload !== undefined && typeof payload !== 'string' ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(payload === undefined ? {} : { payload: typeof payload === 'string' ? payload : JSON.stringify(payload) }),
    });
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = cookie.maxAge === 0 || (cookie.expires && cookie.expires.getTime() <= Date.now());
      if (expired || cookie.value === '') this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    const text = response.body;
    let body: unknown = text;
    if (/json/.test(String(response.headers['content-type']))) body = text ? JSON.parse(text) : null;
    return { status: response.statusCode, body, headers: response.headers, text };
  }

  get = (url: string, headers?: Record<string, string>) => this.request('GET', url, undefined, headers);
  post = (url: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('POST', url, body ?? {}, headers);
  put = (url: string, body?: unknown) => this.request('PUT', url, body ?? {});
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body ?? {});
  delete = (url: string) => this.request('DELETE', url);

  /** Signs in with a password (the demo password by default) and returns the login reply. */
  login = (username: string, password = DEMO_PASSWORD) => this.post('/api/auth/login', { username, password });
}

/** A client already signed in as a demo officer. */
export const signedIn = async (app: App, username: string, password?: string): Promise<TestClient> => {
  const client = new TestClient(app);
  const reply = await client.login(username, password);
  if (reply.status !== 200) throw new Error(`login as ${username} failed: ${reply.status} ${reply.text}`);
  return client;
};
