import { ApiError } from './problem.ts';

let csrfToken: string | null = null;
let onSignedOut: () => void = () => undefined;

/** Registers what to do when the server says the session is gone (expired, or ended elsewhere). */
export const setSignedOutHandler = (handler: () => void) => {
  onSignedOut = handler;
};

/** For requests made outside `api` (uploads with progress): the server said the session is gone. */
export const signalSignedOut = () => onSignedOut();

const fetchCsrf = async (): Promise<string> => {
  const response = await fetch('/api/auth/csrf', { credentials: 'same-origin' });
  const body = (await response.json()) as { token: string };
  csrfToken = body.token;
  return body.token;
};

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const toError = async (response: Response): Promise<ApiError> => {
  const text = await response.text();
  try {
    return new ApiError(response.status, JSON.parse(text));
  } catch {
    return new ApiError(response.status, { detail: text || response.statusText });
  }
};

const send = async (method: string, url: string, body: unknown, retry: boolean): Promise<Response> => {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (UNSAFE.has(method)) headers['x-csrf-token'] = csrfToken ?? (await fetchCsrf());
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers['content-type'] = 'application/json';
  const response = await fetch(url, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
  });
  if (response.ok) return response;
  const error = await toError(response);
  if (retry && error.status === 403 && error.code === 'CSRF') {
    await fetchCsrf();
    return send(method, url, body, false);
  }
  if (error.code === 'UNAUTHENTICATED' && url !== '/api/me') onSignedOut();
  throw error;
};

/** Calls the JSON API; throws ApiError with the problem document on failure. */
export const api = async <T>(method: string, url: string, body?: unknown): Promise<T> => {
  const response = await send(method, url, body, true);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('json') ? await response.json() : await response.text()) as T;
};

/** GET with a query string built from the defined values of `params`. */
export const apiGet = <T>(url: string, params?: Record<string, string | number | boolean | undefined>): Promise<T> =>
  api<T>('GET', withQuery(url, params));

/** Appends the defined, non-empty values of `params` as a query string. */
export const withQuery = (url: string, params?: Record<string, string | number | boolean | undefined>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${url}?${query}` : url;
};

/** Forgets the CSRF token (after sign-out the server issues a new one). */
export const resetCsrf = () => {
  csrfToken = null;
};
