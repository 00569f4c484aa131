import { ACCEPTED_FILE_TYPES, type CaseDocumentView, type FileKind } from '@eprocuracy/domain';

type Digitisation = CaseDocumentView['digitisation'];

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/** A file size the way people read it: "850 B", "1,2 MB" in Vietnamese, "1.2 MB" in English. */
export const formatSize = (bytes: number, lang: 'vi' | 'en'): string => {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const number = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits }).format(
    value,
  );
  return `${number} ${UNITS[unit]}`;
};

/** Pages done as a whole percentage, or null while the page count is not known yet. */
export const digitisationPercent = ({ pageCount, pagesDone }: Digitisation): number | null =>
  pageCount === null || pageCount === 0 ? null : Math.min(100, Math.floor((pagesDone / pageCount) * 100));

const PROGRESS_POLL_MS = 3000;
const QUEUE_POLL_MS = 10_000;

/**
 * How often to reload the index: every few seconds while a version is being digitised so progress moves,
 * less often while versions only wait in the queue (OCR may be unavailable for a long time), never otherwise.
 */
export const pollInterval = (items: readonly CaseDocumentView[] | undefined): number | false => {
  const statuses = new Set((items ?? []).map((item) => item.digitisation.status));
  if (statuses.has('processing')) return PROGRESS_POLL_MS;
  return statuses.has('queued') ? QUEUE_POLL_MS : false;
};

/** The ids in their new order after moving the one at `index` by `delta` places; unchanged when it cannot move. */
export const moveItem = (ids: readonly string[], index: number, delta: -1 | 1): string[] => {
  const target = index + delta;
  const moved = [...ids];
  if (index < 0 || index >= ids.length || target < 0 || target >= ids.length) return moved;
  [moved[index], moved[target]] = [moved[target] as string, moved[index] as string];
  return moved;
};

const EXTRA_EXTENSIONS: Record<string, string[]> = { tif: ['tiff'], jpg: ['jpeg'] };

/** The file picker's `accept` for a document type's kinds of file (the server still decides by content). */
export const acceptFor = (kinds: readonly FileKind[]): string =>
  ACCEPTED_FILE_TYPES.filter((type) => kinds.includes(type.kind))
    .flatMap((type) => [type.ext, ...(EXTRA_EXTENSIONS[type.ext] ?? [])])
    .map((ext) => `.${ext}`)
    .join(',');
