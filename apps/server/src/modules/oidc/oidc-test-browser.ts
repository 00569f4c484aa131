import { createServer } from 'node:net';
import { DEMO_PASSWORD } from '../identity/seed.ts';

/** A port nobody listens on right now, so the issuer URL can be known before the app is built. */
export const findFreePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

/** A browser over real HTTP: keeps cookies (by name) and follows redirects one hop at a time. */
export class Browser {
  readonly cookies = new Map<string, string>();
  readonly base: string;
  constructor(base: string) {
    this.base = base;
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(new URL(url, this.base), { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('=')).trim();
      const value = pair.slice(pair.indexOf('=') + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Signs in to eProcuracy as the web app does: CSRF token first, then the password. */
  async signIn(username: string): Promise<void> {
    const csrf = (await (await this.fetch('/api/auth/csrf')).json()) as { token: string };
    const response = await this.fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf.token },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    if (response.status !== 200) throw new Error(`sign-in as ${username} failed: ${response.status}`);
  }

  /**
   * Follows redirects from `url` until one leaves for `stopAt` (returned as `redirect`) or a page
   * answers without redirecting (returned as `response`). With `autoSubmit`, pages that post a form
   * by script as soon as they load (the provider's form_post pages) are submitted like a browser does.
   */
  async follow(
    url: string,
    stopAt: string,
    { maxHops = 10, autoSubmit = false } = {},
  ): Promise<{ redirect?: URL; response?: Response }> {
    let current = new URL(url, this.base);
    let response = await this.fetch(current.href);
    for (let hop = 0; hop < maxHops; hop++) {
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        current = new URL(location, current);
        if (current.href.startsWith(stopAt)) return { redirect: current };
        response = await this.fetch(current.href);
        continue;
      }
      const form = autoSubmit && response.status === 200 ? autoSubmittedForm(await response.clone().text()) : null;
      if (!form) return { response };
      current = new URL(form.action, current);
      response = await this.fetch(current.href, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.body,
      });
    }
    throw new Error(`more than ${maxHops} redirects from ${url}`);
  }
}

const decodeHtml = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The form a page submits by script on load, as the provider's form_post pages do. */
const autoSubmittedForm = (html: string) => {
  if (!html.includes('document.forms[0].submit()')) return null;
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!action) return null;
  const body = new URLSearchParams();
  for (const [, name = '', value = ''] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/>/g)) {
    body.set(decodeHtml(name), decodeHtml(value));
  }
  return { action: decodeHtml(action), body: body.toString() };
};
