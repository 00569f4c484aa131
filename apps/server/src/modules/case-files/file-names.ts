const MAX_NAME_LENGTH = 255;

/**
 * The name a file is kept and offered under: the client's name without any folder (some browsers send
 * a full path) or control characters, NFC-normalised so Vietnamese letters compare and display alike;
 * `document.<ext>` when nothing is left.
 */
export const cleanFileName = (name: string | undefined, ext: string): string => {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = [...base.normalize('NFC')]
    .filter((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      return code >= 32 && code !== 127 && !(code >= 0x80 && code < 0xa0);
    })
    .join('')
    .trim()
    .slice(0, MAX_NAME_LENGTH);
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? `document.${ext}` : cleaned;
};

/** Letters without diacritics, for the plain `filename=` of old clients; đ is d. */
const asciiFallback = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');

/** RFC 5987 `attr-char`: everything else is percent-encoded from UTF-8. */
const encodeRfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (ch) => `%${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()}`);

/** Content-Disposition for a download (RFC 6266): an ASCII `filename` and the exact UTF-8 `filename*`. */
export const attachmentHeader = (name: string, disposition: 'attachment' | 'inline' = 'attachment'): string =>
  `${disposition}; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeRfc5987(name)}`;
