import { ACCEPTED_EXTENSIONS_TEXT, type AcceptedFileType, type FieldError, toFieldErrors } from '@eprocuracy/domain';
import type { Multipart, MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { BlobStore, StagedBlob } from '../../platform/blobs/blob-store.ts';
import { BlobTooLargeError } from '../../platform/blobs/blob-store.ts';
import { AppError, invalid } from '../../platform/errors.ts';
import { isWellFormed, recogniseFile } from './file-inspection.ts';
import { cleanFileName } from './file-names.ts';
import { openInspectedStream } from './inspected-stream.ts';

export type ReceivedFile = { staged: StagedBlob; type: AcceptedFileType; fileName: string };

export type FileOptions = {
  encrypt: boolean;
  /** Refusals that depend on the recognised type and the fields (e.g. a recording filed as a paper record). */
  check: (type: AcceptedFileType) => FieldError[];
};

/**
 * A multipart upload read as a stream: the form fields first, then one `file` part, last, whose content
 * goes straight to the blob store's staging area. Nothing is kept in memory but the first megabyte and
 * the last 64 KiB (to recognise and check the file); a refused file leaves no blob, row or temp file.
 */
export type MultipartUpload = {
  /** The fields sent before the file, parsed with `schema`; refused naming each bad field. */
  fields: <S extends z.ZodType>(schema: S) => Promise<z.output<S>>;
  file: (options: FileOptions) => Promise<ReceivedFile>;
};

const fileError = (vi: string, en: string) => invalid([{ field: 'file', vi, en }]);
const tooLarge = (maxBytes: number) => {
  const mb = Math.floor(maxBytes / 1024 / 1024);
  return new AppError('TOO_LARGE', { vi: `Tệp vượt quá ${mb} MB`, en: `The file is larger than ${mb} MB` });
};
const codeOf = (error: unknown) => String((error as { code?: unknown })?.code ?? '');

/** Maps the multipart parser's errors to ours; anything else passes through. */
const translate = (error: unknown, maxBytes: number): unknown => {
  if (error instanceof AppError) return error;
  if (error instanceof BlobTooLargeError || codeOf(error) === 'FST_REQ_FILE_TOO_LARGE') return tooLarge(maxBytes);
  if (['FST_FILES_LIMIT', 'FST_PARTS_LIMIT', 'FST_FIELDS_LIMIT'].includes(codeOf(error)))
    return fileError('Chỉ gửi một tệp và các trường của nó', 'Send one file and its fields only');
  if (/terminated early|Unexpected end|Malformed part header|boundary/i.test(String((error as Error)?.message)))
    return fileError('Tệp gửi lên bị ngắt giữa chừng', 'The upload was cut off before the end of the file');
  return error;
};

/** Opens the multipart body of a request; throws 415 when the request is not multipart. */
export const openMultipartUpload = (request: FastifyRequest, store: BlobStore, maxBytes: number): MultipartUpload => {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA');
  // Parsing starts at the first read, after the use-case has checked access to the case.
  let iterator: AsyncIterableIterator<Multipart> | null = null;
  const parts = () => {
    iterator ??= request.parts({ limits: { fileSize: maxBytes, files: 1, fields: 20, fieldSize: 4096, parts: 21 } });
    return iterator;
  };
  const fields: Record<string, string> = {};
  let filePart: MultipartFile | null = null;

  const readFields = async () => {
    try {
      for (;;) {
        const next = await parts().next();
        if (next.done) break;
        const part: Multipart = next.value;
        if (part.type === 'file') {
          if (part.fieldname !== 'file') {
            part.file.destroy();
            throw invalid([{ field: part.fieldname, vi: 'Trường không được phép', en: 'Unknown field' }]);
          }
          filePart = part;
          break;
        }
        if (Object.hasOwn(fields, part.fieldname))
          throw invalid([{ field: part.fieldname, vi: 'Trường bị gửi hai lần', en: 'Field sent twice' }]);
        fields[part.fieldname] = String(part.value);
      }
    } catch (error) {
      throw translate(error, maxBytes);
    }
    return fields;
  };

  const receiveFile = async (part: MultipartFile, options: FileOptions): Promise<ReceivedFile> => {
    part.file.once('limit', () => part.file.destroy(tooLarge(maxBytes)));
    const upload = await openInspectedStream(part.file);
    const recognised = await recogniseFile(upload.head);
    if (!recognised.accepted) {
      part.file.destroy();
      if (upload.head.length === 0) throw fileError('Tệp rỗng', 'The file is empty');
      const seen = recognised.detected ? recognised.detected.toUpperCase() : null;
      throw fileError(
        `Loại tệp không được nhận (theo nội dung tệp: ${seen ?? 'không nhận dạng được'}); chỉ nhận ${ACCEPTED_EXTENSIONS_TEXT}`,
        `File type not accepted (by its content: ${seen ?? 'unrecognised'}); accepted: ${ACCEPTED_EXTENSIONS_TEXT}`,
      );
    }
    const type = recognised.accepted;
    const refusals = options.check(type);
    if (refusals.length > 0) {
      part.file.destroy();
      throw invalid(refusals);
    }
    const staged = await store.stage(upload.content, { encrypt: options.encrypt, maxBytes });
    try {
      if ((await parts().next()).done !== true)
        throw fileError('Tệp phải là phần cuối cùng của biểu mẫu', 'The file must be the last part of the form');
      if (part.file.truncated) throw tooLarge(maxBytes);
      if (!isWellFormed(type, upload.head, upload.tail(), staged.size)) {
        const ext = type.ext.toUpperCase();
        throw fileError(`Tệp ${ext} bị hỏng hoặc không đầy đủ`, `The ${ext} file is damaged or incomplete`);
      }
    } catch (error) {
      await staged.discard();
      throw error;
    }
    return { staged, type, fileName: cleanFileName(part.filename, type.ext) };
  };

  const parseFields = <S extends z.ZodType>(schema: S): z.output<S> => {
    const parsed = schema.safeParse(fields);
    if (parsed.success) return parsed.data;
    const errors = toFieldErrors(parsed.error.issues);
    if (filePart && Object.keys(fields).length === 0)
      errors.unshift({
        field: 'file',
        vi: 'Các trường phải gửi trước tệp',
        en: 'Send the form fields before the file',
      });
    throw invalid(errors);
  };

  return {
    fields: async (schema) => {
      if (!filePart) await readFields();
      return parseFields(schema);
    },
    file: async (options) => {
      if (!filePart) await readFields();
      const part = filePart as MultipartFile | null;
      if (!part) throw fileError('Cần chọn tệp để tải lên', 'A file is required');
      try {
        return await receiveFile(part, options);
      } catch (error) {
        throw translate(error, maxBytes);
      }
    },
  };
};
