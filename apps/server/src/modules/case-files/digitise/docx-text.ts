import { createReadStream } from 'node:fs';
import { Unzip, UnzipInflate } from 'fflate';
import { DigitiseError, unreadableFile } from './digitise-error.ts';
import { wordXmlToPages } from './word-xml-pages.ts';

/** The body of a Word document this large is a zip bomb or not a document a person wrote. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;
const BODY_PART = 'word/document.xml';

const tooLarge = () =>
  new DigitiseError('too_large', {
    vi: 'Nội dung văn bản Word quá lớn (trên 64 MB khi giải nén)',
    en: 'The Word document body is too large (over 64 MB uncompressed)',
  });

/**
 * Streams the DOCX (a zip) through fflate and inflates only word/document.xml, so memory is bounded by the
 * body's size and the file's images are never decoded.
 */
const readBodyXml = async (file: string): Promise<string> => {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let isFound = false;
  let isDone = false;
  let failure: Error | undefined;
  const unzip = new Unzip((entry) => {
    if (entry.name !== BODY_PART) return;
    isFound = true;
    if ((entry.originalSize ?? 0) > MAX_BODY_BYTES) {
      failure = tooLarge();
      return;
    }
    entry.ondata = (error, chunk, isFinal) => {
      if (error) failure = error;
      size += chunk?.length ?? 0;
      if (size > MAX_BODY_BYTES) {
        failure = tooLarge();
        entry.terminate();
        return;
      }
      if (chunk) chunks.push(chunk);
      if (isFinal) isDone = true;
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  for await (const chunk of createReadStream(file)) {
    unzip.push(chunk as Uint8Array);
    if (failure || isDone) break;
  }
  if (!failure && !isDone) unzip.push(new Uint8Array(0), true);
  if (failure) throw failure;
  if (!isFound || !isDone) throw unreadableFile('docx', `no ${BODY_PART}`);
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
};

/**
 * Text of a DOCX split at the page breaks Word recorded. Own reading rather than mammoth: mammoth's raw text
 * drops page breaks (page-level search needs them), and it loads the whole zip into memory.
 */
export const extractDocxPages = async (file: string): Promise<string[]> => {
  let xml: string;
  try {
    xml = await readBodyXml(file);
  } catch (error) {
    if (error instanceof DigitiseError) throw error;
    throw unreadableFile('docx', error instanceof Error ? error.message : String(error), error);
  }
  return wordXmlToPages(xml);
};
