import type { FastifyRequest } from 'fastify';
import { AppError, invalid } from '../../../platform/errors.ts';
import { isWellFormed, recogniseFile } from '../../case-files/file-inspection.ts';
import { openInspectedStream } from '../../case-files/inspected-stream.ts';

const fileError = (vi: string, en: string) => invalid([{ field: 'file', vi, en }]);
const tooLarge = (mb: number) =>
  new AppError('TOO_LARGE', { vi: `Tệp vượt quá ${mb} MB`, en: `The file is larger than ${mb} MB` });

/**
 * Reads the one `file` part of a multipart upload into memory (verification needs the whole PDF), refusing
 * early what is not a PDF by its first bytes (the same sniffing as case-file uploads), what is larger than
 * `maxMb`, and a PDF cut short.
 */
export const readPdfUpload = async (request: FastifyRequest, maxMb: number): Promise<Buffer> => {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA');
  const maxBytes = maxMb * 1024 * 1024;
  const part = await request
    .file({ limits: { fileSize: maxBytes, files: 1, fields: 0, parts: 1 } })
    .catch((error: unknown) => {
      if (String((error as { code?: unknown })?.code).startsWith('FST_'))
        throw fileError('Chỉ gửi một tệp PDF', 'Send one PDF file only');
      throw error;
    });
  if (part?.fieldname !== 'file') {
    part?.file.destroy();
    throw fileError('Cần chọn tệp PDF để kiểm tra', 'Choose a PDF file to verify');
  }
  const upload = await openInspectedStream(part.file);
  if (upload.head.length === 0) throw fileError('Tệp rỗng', 'The file is empty');
  const recognised = await recogniseFile(upload.head);
  if (recognised.accepted?.ext !== 'pdf') {
    part.file.destroy();
    const seen = recognised.accepted?.ext ?? (recognised.accepted ? null : recognised.detected);
    const vi = seen ? `theo nội dung tệp: ${seen.toUpperCase()}` : 'không nhận dạng được nội dung';
    const en = seen ? `by its content: ${seen.toUpperCase()}` : 'content not recognised';
    throw fileError(`Tệp không phải PDF (${vi})`, `The file is not a PDF (${en})`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of upload.content) {
    size += (chunk as Buffer).length;
    if (size > maxBytes || part.file.truncated) throw tooLarge(maxMb);
    chunks.push(chunk as Buffer);
  }
  if (part.file.truncated) throw tooLarge(maxMb);
  const pdf = Buffer.concat(chunks, size);
  if (!isWellFormed(recognised.accepted, upload.head, upload.tail(), size))
    throw fileError('Tệp PDF bị hỏng hoặc không đầy đủ', 'The PDF file is damaged or incomplete');
  return pdf;
};
