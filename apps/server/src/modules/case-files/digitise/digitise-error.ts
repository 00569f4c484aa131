/**
 * Why a digitisation step failed. The job that runs the step records the reason on the file and decides from
 * `isPermanent` whether a retry can help: a damaged file stays damaged, a missing tool may be installed later.
 */
export const DIGITISE_FAILURES = {
  /** A program the step needs (tesseract, pdftoppm, qpdf…) is not installed: keep the file queued. */
  tool_missing: { isPermanent: false },
  /** The program ran and failed for a reason not tied to the file (out of memory, killed): retry. */
  tool_failed: { isPermanent: false },
  /** The program ran longer than its limit: retry, a busy machine may have been the cause. */
  timeout: { isPermanent: false },
  /** The file cannot be read as what it claims to be (damaged PDF, truncated TIFF, not a DOCX). */
  unreadable_file: { isPermanent: true },
  /** The file is password-protected; nothing can be extracted without the password. */
  encrypted_file: { isPermanent: true },
  /** A page or a part of the file exceeds what the pipeline processes (pixels, uncompressed size). */
  too_large: { isPermanent: true },
  /** The caller asked for a page the file does not have. */
  no_such_page: { isPermanent: true },
} as const;

export type DigitiseFailure = keyof typeof DIGITISE_FAILURES;

/** A failed digitisation step, with a reason code and a message in Vietnamese and English for the file's record. */
export class DigitiseError extends Error {
  readonly reason: DigitiseFailure;
  readonly vi: string;
  readonly en: string;
  readonly isPermanent: boolean;
  constructor(reason: DigitiseFailure, message: { vi: string; en: string }, options?: { cause?: unknown }) {
    super(message.en, options);
    this.name = 'DigitiseError';
    this.reason = reason;
    this.vi = message.vi;
    this.en = message.en;
    this.isPermanent = DIGITISE_FAILURES[reason].isPermanent;
  }
}

/** The file could not be read as a `format` file; `detail` is the tool's own words (English, for the log). */
export const unreadableFile = (format: string, detail: string, cause?: unknown) =>
  new DigitiseError(
    'unreadable_file',
    {
      vi: `Không đọc được tệp ${format.toUpperCase()} (tệp hỏng hoặc không đúng định dạng): ${detail}`,
      en: `Cannot read the ${format.toUpperCase()} file (damaged or not of that type): ${detail}`,
    },
    { cause },
  );

/** Page `page` was asked for but the file has `pageCount` pages. */
export const noSuchPage = (page: number, pageCount: number) =>
  new DigitiseError('no_such_page', {
    vi: `Tệp không có trang ${page} (tệp có ${pageCount} trang)`,
    en: `The file has no page ${page} (it has ${pageCount} pages)`,
  });
