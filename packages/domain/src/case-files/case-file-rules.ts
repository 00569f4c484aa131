import type { FieldError } from '../errors/codes.ts';
import { type Secrecy, secrecyRank } from '../identity/vocab.ts';
import { type CaseDocumentTypeCode, findCaseDocumentType, typeAcceptsKind } from './document-types.ts';
import type { FileKind } from './file-kinds.ts';

/** A document is as secret as its case, or more when it carries a higher level of its own. */
export const effectiveSecrecy = (caseSecrecy: Secrecy, documentSecrecy: Secrecy): Secrecy =>
  secrecyRank(documentSecrecy) > secrecyRank(caseSecrecy) ? documentSecrecy : caseSecrecy;

/**
 * Folio numbers (bút lục) are stamped on every page from 01 onwards, in the order of the file index
 * (TTLT 04/2018 Art. 35(2)(a), under BLTTHS Art. 131(4)): a document's range runs forwards.
 */
export const checkFolioRange = (folioFrom: number | null, folioTo: number | null): FieldError[] => {
  if (folioTo !== null && folioFrom === null) {
    return [{ field: 'folioFrom', vi: 'Cần nhập bút lục bắt đầu', en: 'The first folio number is required' }];
  }
  if (folioFrom !== null && folioTo !== null && folioTo < folioFrom) {
    return [
      {
        field: 'folioTo',
        vi: 'Bút lục kết thúc không được nhỏ hơn bút lục bắt đầu',
        en: 'The last folio number may not be before the first',
      },
    ];
  }
  return [];
};

/** A recording may only be filed as a recording or electronic data, and a paper record only as paper. */
export const checkTypeForKind = (type: CaseDocumentTypeCode, kind: FileKind): FieldError[] => {
  if (typeAcceptsKind(type, kind)) return [];
  const label = findCaseDocumentType(type)?.label;
  return [
    {
      field: 'type',
      vi: `Loại tài liệu "${label?.vi ?? type}" không nhận tệp ${KIND_LABELS[kind].vi}`,
      en: `A "${label?.en ?? type}" cannot be a ${KIND_LABELS[kind].en} file`,
    },
  ];
};

const KIND_LABELS: Record<FileKind, { vi: string; en: string }> = {
  pdf: { vi: 'PDF', en: 'PDF' },
  image: { vi: 'ảnh', en: 'image' },
  docx: { vi: 'Word', en: 'Word' },
  audio: { vi: 'ghi âm', en: 'audio' },
  video: { vi: 'video', en: 'video' },
};

export type ReorderResult = { ok: true; order: string[] } | { ok: false };

/**
 * The new order of a case file when an actor reorders the documents they can see: `requested` must list
 * exactly the visible documents; they fill the positions the visible documents held, and the documents
 * the actor cannot see keep theirs, so a reorder neither reveals nor moves what is hidden.
 */
export const reorderVisible = (
  current: readonly string[],
  visible: ReadonlySet<string>,
  requested: readonly string[],
): ReorderResult => {
  const shown = current.filter((id) => visible.has(id));
  const asked = new Set(requested);
  if (asked.size !== requested.length || asked.size !== shown.length || !shown.every((id) => asked.has(id))) {
    return { ok: false };
  }
  let next = 0;
  return { ok: true, order: current.map((id) => (visible.has(id) ? (requested[next++] as string) : id)) };
};
