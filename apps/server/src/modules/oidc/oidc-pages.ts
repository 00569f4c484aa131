import type { KoaContextWithOIDC } from 'oidc-provider';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (value: unknown) => String(value ?? '').replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1f2937}' +
  'h1{font-size:1.25rem}p.en{color:#6b7280}button{font:inherit;padding:.5rem 1rem;margin:.25rem .5rem .25rem 0}';

/** A page in both languages of the platform, Vietnamese first. */
const renderPage = (ctx: KoaContextWithOIDC, title: { vi: string; en: string }, body: string) => {
  ctx.type = 'html';
  ctx.body = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title.vi)} — eProcuracy</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(title.vi)}</h1><p class="en">${escapeHtml(title.en)}</p>${body}</body></html>`;
};

/** Error page of the provider's browser-facing endpoints (bad client, bad redirect_uri…). */
export const renderError = async (
  ctx: KoaContextWithOIDC,
  out: { error?: string; error_description?: string },
  _error: unknown,
) =>
  renderPage(
    ctx,
    { vi: 'Không thể đăng nhập vào ứng dụng', en: 'Could not sign in to the application' },
    `<p><code>${escapeHtml(out.error)}</code></p><p>${escapeHtml(out.error_description)}</p>`,
  );

/** Confirmation asked before an application signs the officer out. */
export const logoutSource = async (ctx: KoaContextWithOIDC, form: string) =>
  renderPage(
    ctx,
    { vi: 'Đăng xuất khỏi các ứng dụng?', en: 'Sign out of the applications?' },
    `${form}<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Đăng xuất / Sign out</button>` +
      '<button type="submit" form="op.logoutForm">Ở lại / Stay signed in</button>',
  );

export const postLogoutSuccessSource = async (ctx: KoaContextWithOIDC) =>
  renderPage(ctx, { vi: 'Đã đăng xuất', en: 'Signed out' }, '');
