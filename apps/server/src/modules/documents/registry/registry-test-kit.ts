import { signedIn, type TestClient } from '../../../test/client.ts';
import type { TestApp } from '../../../test/harness.ts';

/** An incoming document as a clerk types it in, with `overrides` on top. */
export const incoming = (overrides: Record<string, unknown> = {}) => ({
  receivedOn: '2026-03-02',
  numberSymbol: '123/CV-CAT',
  documentDate: '2026-02-27',
  type: 'official_letter',
  abstract: 'V/v phối hợp xác minh nguồn tin về tội phạm',
  issuingBody: 'Công an thành phố Hà Nội',
  signer: 'Nguyễn Văn Bình',
  urgency: 'urgent',
  pageCount: 3,
  attachmentCount: 1,
  ...overrides,
});

/** An outgoing document as a clerk registers it for issue. */
export const outgoing = (issuedOn: string, overrides: Record<string, unknown> = {}) => ({
  issuedOn,
  type: 'decision',
  abstract: 'Quyết định phân công Kiểm sát viên',
  signer: 'Trần Thị Hoa',
  recipients: ['Cơ quan CSĐT Công an thành phố Hà Nội', 'Lưu: VT'],
  copies: 4,
  ...overrides,
});

/** A prosecutor of the clerk's office, signed in (demo officers share one password). */
export const officeProsecutor = async (t: TestApp, clerk: TestClient) => {
  const me = (await clerk.get('/api/me')).body as { officeId: string };
  const list = (await clerk.get(`/api/officers?officeId=${me.officeId}&limit=200`)).body as {
    items: { id: string; username: string; position: string; roles: string[] }[];
  };
  const found = list.items.find((o) => o.position === 'prosecutor');
  if (!found) throw new Error('no prosecutor in the demo office');
  return { id: found.id, username: found.username, client: await signedIn(t.app, found.username) };
};
