/** Where to go after sign-in: only same-origin OpenID Connect paths leave the app; others stay inside it. */
export const resolveNext = (
  next: string | null,
  origin = window.location.origin,
): { external: string } | { internal: string } => {
  if (!next) return { internal: '/' };
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return { internal: '/' };
  }
  if (url.origin !== origin || !next.startsWith('/') || next.startsWith('//')) {
    return { internal: '/' };
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (url.pathname.startsWith('/oidc/')) return { external: path };
  if (url.pathname.startsWith('/api/') || url.pathname === '/login') return { internal: '/' };
  return { internal: path };
};
