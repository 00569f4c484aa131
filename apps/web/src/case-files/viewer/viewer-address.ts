import { ZId } from '@eprocuracy/domain';

/** Which page the viewer shows, as the address keeps it: `?tab=files&document=<id>&page=<n>[&version=<v>]`. */
export type ViewerTarget = { documentId: string; pageNo: number; version?: number | undefined };

const positiveInt = (raw: string | null): number | undefined => {
  const value = Number(raw);
  return raw !== null && Number.isInteger(value) && value >= 1 ? value : undefined;
};

/** The viewer's target in the address, or null when no (well-formed) document is named; a bad page means page 1. */
export const readViewerTarget = (params: URLSearchParams): ViewerTarget | null => {
  const documentId = params.get('document');
  if (!documentId || !ZId.safeParse(documentId).success) return null;
  return { documentId, pageNo: positiveInt(params.get('page')) ?? 1, version: positiveInt(params.get('version')) };
};

/** The address with the viewer opened at `target` (or closed, when null); every other parameter is kept. */
export const withViewerTarget = (params: URLSearchParams, target: ViewerTarget | null): URLSearchParams => {
  const next = new URLSearchParams(params);
  for (const key of ['document', 'page', 'version']) next.delete(key);
  if (target) {
    next.set('document', target.documentId);
    next.set('page', String(target.pageNo));
    if (target.version !== undefined) next.set('version', String(target.version));
  }
  return next;
};

/** The words searched within the case file (`?find=`), highlighted in the viewer; empty when none. */
export const readFindText = (params: URLSearchParams): string => params.get('find')?.trim() ?? '';

/** The address with the search within the file set to `text` (removed when blank). */
export const withFindText = (params: URLSearchParams, text: string): URLSearchParams => {
  const next = new URLSearchParams(params);
  if (text.trim()) next.set('find', text.trim());
  else next.delete('find');
  return next;
};

/** The page to show: the one asked for, kept within the pages the version has (the last when past its end). */
export const clampPage = (pageNo: number, pageCount: number): number =>
  pageCount < 1 ? 1 : Math.min(Math.max(1, Math.trunc(pageNo)), pageCount);
