import { CASE_IMPORT_LIMITS, type CaseImportOptions, ZCaseImportOptions } from '@eprocuracy/domain';
import type { FastifyRequest } from 'fastify';
import { AppError, invalid } from '../../../platform/errors.ts';

const MEGABYTES = CASE_IMPORT_LIMITS.maxBytes / 1024 / 1024;

const isCode = (error: unknown, ...codes: string[]) =>
  typeof error === 'object' && error !== null && codes.includes(String((error as { code?: unknown }).code));

/** Reads the multipart upload: exactly one `file` part and the optional `mode` and `dryRun` fields. */
export const readCaseUpload = async (
  request: FastifyRequest,
): Promise<{ file: { data: Buffer; filename: string }; options: CaseImportOptions }> => {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA');
  const fields: Record<string, string> = {};
  let file: { data: Buffer; filename: string } | undefined;
  try {
    const limits = { fileSize: CASE_IMPORT_LIMITS.maxBytes, files: 1, fields: 10, parts: 11 };
    for await (const part of request.parts({ limits })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          throw invalid([{ field: part.fieldname, vi: 'Trường không được phép', en: 'Unknown field' }]);
        }
        file = { data: await part.toBuffer(), filename: part.filename ?? '' };
      } else {
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (error) {
    if (isCode(error, 'FST_REQ_FILE_TOO_LARGE')) {
      throw new AppError('TOO_LARGE', {
        vi: `Tệp nhập vượt quá ${MEGABYTES} MB`,
        en: `The import file is larger than ${MEGABYTES} MB`,
      });
    }
    if (isCode(error, 'FST_FILES_LIMIT', 'FST_FIELDS_LIMIT', 'FST_PARTS_LIMIT')) {
      throw invalid([{ field: 'file', vi: 'Chỉ gửi một tệp mỗi lần', en: 'Send one file at a time' }]);
    }
    throw error;
  }
  const options = ZCaseImportOptions.parse(fields);
  if (!file || file.data.length === 0) {
    throw invalid([{ field: 'file', vi: 'Cần chọn tệp để nhập', en: 'A file is required' }]);
  }
  return { file, options };
};
