import {
  ACCEPTED_EXTENSIONS_TEXT,
  type AcceptedFileType,
  type CaseDocumentTypeCode,
  checkTypeForKind,
  type FieldError,
} from '@eprocuracy/domain';
import type { Entry } from 'yauzl';
import { isWellFormed, recogniseFile } from '../file-inspection.ts';
import { openInspectedStream } from '../inspected-stream.ts';
import type { OpenedZip } from './archive-zip.ts';

export type CheckedFile = { ok: true; type: AcceptedFileType } | { ok: false; errors: FieldError[] };

const fileError = (vi: string, en: string): CheckedFile => ({ ok: false, errors: [{ field: 'file', vi, en }] });

/**
 * Checks a file of the archive as an upload on the case page is checked: its type recognised from its
 * content (never its name) and accepted, fit for the document type, and whole (PDF end, PNG end, TIFF
 * directory, DOCX central directory). The entry is decompressed as a stream; only its head and tail are kept.
 */
export const checkArchiveFile = async (
  zip: OpenedZip,
  entry: Entry,
  type: CaseDocumentTypeCode,
): Promise<CheckedFile> => {
  const inspected = await openInspectedStream(await zip.open(entry));
  const recognised = await recogniseFile(inspected.head);
  if (!recognised.accepted) {
    inspected.content.destroy();
    if (inspected.head.length === 0) return fileError('Tệp rỗng', 'The file is empty');
    const seen = recognised.detected ? recognised.detected.toUpperCase() : null;
    return fileError(
      `Loại tệp không được nhận (theo nội dung tệp: ${seen ?? 'không nhận dạng được'}); chỉ nhận ${ACCEPTED_EXTENSIONS_TEXT}`,
      `File type not accepted (by its content: ${seen ?? 'unrecognised'}); accepted: ${ACCEPTED_EXTENSIONS_TEXT}`,
    );
  }
  const accepted = recognised.accepted;
  const refusals = checkTypeForKind(type, accepted.kind).map((e) => ({ ...e, field: 'document_type' }));
  if (refusals.length > 0) {
    inspected.content.destroy();
    return { ok: false, errors: refusals };
  }
  let size = 0;
  for await (const chunk of inspected.content) size += (chunk as Buffer).length;
  if (!isWellFormed(accepted, inspected.head, inspected.tail(), size)) {
    const ext = accepted.ext.toUpperCase();
    return fileError(`Tệp ${ext} bị hỏng hoặc không đầy đủ`, `The ${ext} file is damaged or incomplete`);
  }
  return { ok: true, type: accepted };
};
