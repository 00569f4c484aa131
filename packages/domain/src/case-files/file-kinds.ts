/** What a file is, for what happens to it next: paper goes through OCR or text extraction, recordings do not. */
export const FILE_KINDS = ['pdf', 'image', 'docx', 'audio', 'video'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** A file type the case file accepts: the extension the content was recognised as, and the MIME type served. */
export type AcceptedFileType = { ext: string; mime: string; kind: FileKind };

/**
 * The accepted types, keyed by the extension a content sniffer (magic bytes, not the file name) reports.
 * Scans (PDF, multi-page TIFF, JPEG, PNG), Word documents, and the usual audio and video of recorded
 * interrogations; anything else (executables, archives, other office formats) is refused.
 */
export const ACCEPTED_FILE_TYPES: readonly AcceptedFileType[] = [
  { ext: 'pdf', mime: 'application/pdf', kind: 'pdf' },
  { ext: 'tif', mime: 'image/tiff', kind: 'image' },
  { ext: 'jpg', mime: 'image/jpeg', kind: 'image' },
  { ext: 'png', mime: 'image/png', kind: 'image' },
  { ext: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', kind: 'docx' },
  { ext: 'mp3', mime: 'audio/mpeg', kind: 'audio' },
  { ext: 'm4a', mime: 'audio/mp4', kind: 'audio' },
  { ext: 'wav', mime: 'audio/wav', kind: 'audio' },
  { ext: 'ogg', mime: 'audio/ogg', kind: 'audio' },
  { ext: 'oga', mime: 'audio/ogg', kind: 'audio' },
  { ext: 'opus', mime: 'audio/ogg', kind: 'audio' },
  { ext: 'mp4', mime: 'video/mp4', kind: 'video' },
  { ext: 'webm', mime: 'video/webm', kind: 'video' },
];

/** The accepted type for a sniffed extension, or undefined when the case file does not take such files. */
export const acceptedFileType = (ext: string | undefined): AcceptedFileType | undefined =>
  ext === undefined ? undefined : ACCEPTED_FILE_TYPES.find((type) => type.ext === ext);

/** What the case file accepts, for error messages: "PDF, TIF, JPG, …". */
export const ACCEPTED_EXTENSIONS_TEXT = [...new Set(ACCEPTED_FILE_TYPES.map((type) => type.ext.toUpperCase()))].join(
  ', ',
);

/**
 * queued → processing → done | failed. Recordings are not digitised (`not_applicable`): their content is
 * the recording itself (BLTTHS Art. 183(6)).
 */
export const DIGITISATION_STATUSES = ['queued', 'processing', 'done', 'failed', 'not_applicable'] as const;
export type DigitisationStatus = (typeof DIGITISATION_STATUSES)[number];

/** Where a version stands before any job has touched it. */
export const initialDigitisationStatus = (kind: FileKind): DigitisationStatus =>
  kind === 'audio' || kind === 'video' ? 'not_applicable' : 'queued';

export const PAGE_STATUSES = ['pending', 'done', 'failed'] as const;
export type PageStatus = (typeof PAGE_STATUSES)[number];

/** Result of the last re-hash of a stored file: `unreadable` when an encrypted file fails authentication. */
export const INTEGRITY_STATES = ['unchecked', 'ok', 'mismatch', 'missing', 'unreadable'] as const;
export type IntegrityState = (typeof INTEGRITY_STATES)[number];
