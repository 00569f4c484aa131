import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { type ArchiveImportOptions, toFieldErrors, ZArchiveImportOptions } from '@eprocuracy/domain';
import type { FastifyRequest } from 'fastify';
import { AppError, invalid } from '../../../platform/errors.ts';

/** An uploaded ZIP written to a temporary file under DATA_DIR; `remove` deletes it. */
export type ReceivedArchive = {
  file: string;
  filename: string;
  options: ArchiveImportOptions;
  remove: () => Promise<void>;
};

const codeOf = (error: unknown) => String((error as { code?: unknown })?.code ?? '');
const fileError = (vi: string, en: string) => invalid([{ field: 'file', vi, en }]);

/** A folder for archives on their way in (also used by the job to unpack a stored archive). */
export const archiveTempFile = async (dataDir: string) => {
  const folder = path.resolve(dataDir, 'archives');
  await mkdir(folder, { recursive: true });
  return path.join(folder, `${randomUUID()}.zip`);
};

/**
 * Reads the multipart upload of an archive: the `mode` and `dryRun` fields, then one `file` part streamed
 * to a temporary file (never held in memory), refused past `maxBytes`. A refused upload leaves no file.
 */
export const receiveArchive = async (
  request: FastifyRequest,
  { dataDir, maxBytes }: { dataDir: string; maxBytes: number },
): Promise<ReceivedArchive> => {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA');
  const fields: Record<string, string> = {};
  let received: { file: string; filename: string } | undefined;
  const target = await archiveTempFile(dataDir);
  const remove = () => rm(target, { force: true });
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1, fields: 10, parts: 11 } })) {
      if (part.type !== 'file') {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      if (part.fieldname !== 'file')
        throw invalid([{ field: part.fieldname, vi: 'Trường không được phép', en: 'Unknown field' }]);
      await pipeline(part.file, createWriteStream(target));
      if (part.file.truncated) throw Object.assign(new Error('too large'), { code: 'FST_REQ_FILE_TOO_LARGE' });
      received = { file: target, filename: (part.filename ?? '').normalize('NFC').slice(0, 255) };
    }
    const parsed = ZArchiveImportOptions.safeParse(fields);
    if (!parsed.success) throw invalid(toFieldErrors(parsed.error.issues));
    if (!received) throw fileError('Cần chọn tệp ZIP để nhập', 'A ZIP file is required');
    return { ...received, options: parsed.data, remove };
  } catch (error) {
    await remove();
    if (codeOf(error) === 'FST_REQ_FILE_TOO_LARGE') {
      const mb = Math.floor(maxBytes / 1024 / 1024);
      throw new AppError('TOO_LARGE', { vi: `Tệp ZIP vượt quá ${mb} MB`, en: `The ZIP file is larger than ${mb} MB` });
    }
    if (['FST_FILES_LIMIT', 'FST_PARTS_LIMIT', 'FST_FIELDS_LIMIT'].includes(codeOf(error)))
      throw fileError('Chỉ gửi một tệp ZIP mỗi lần', 'Send one ZIP file at a time');
    throw error;
  }
};
