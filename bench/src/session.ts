export type Csrf = { token: string; cookie: string };

const cookiesOf = (reply: Response) => reply.headers.getSetCookie().map((c) => c.split(';')[0] as string);

/** Fetches a CSRF token and its cookie, as the browser does before its first unsafe request. */
export const fetchCsrf = async (url: string): Promise<Csrf> => {
  const reply = await fetch(`${url}/api/auth/csrf`);
  const { token } = (await reply.json()) as { token: string };
  return { token, cookie: cookiesOf(reply).join('; ') };
};

/** The headers and body of a password sign-in, reusable for many requests (the CSRF secret stays valid). */
export const loginRequest = (csrf: Csrf, username: string, password: string) => ({
  headers: { 'content-type': 'application/json', cookie: csrf.cookie, 'x-csrf-token': csrf.token },
  body: JSON.stringify({ username, password }),
});

/** Signs in and returns the session cookie of a fully active session. */
export const signIn = async (url: string, username: string, password: string): Promise<string> => {
  const request = loginRequest(await fetchCsrf(url), username, password);
  const reply = await fetch(`${url}/api/auth/login`, { method: 'POST', ...request });
  const body = (await reply.json()) as { state?: string };
  const session = cookiesOf(reply).find((c) => c.startsWith('eproc_sid='));
  if (!reply.ok || body.state !== 'active' || !session)
    throw new Error(`sign-in as ${username} failed: ${reply.status} ${JSON.stringify(body)}`);
  return session;
};
