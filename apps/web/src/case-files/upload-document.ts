import type { CaseDocumentDetail } from '@eprocuracy/domain';
import { apiGet, signalSignedOut } from '../api/client.ts';
import { ApiError } from '../api/problem.ts';

/**
 * The multipart body the server reads as a stream: the form fields first (blank ones left out, as the
 * server treats a blank field as an absent one), the file last. The server checks the fields before it
 * stores a byte of the file, so the order matters.
 */
export const uploadForm = (
  fields: Record<string, string | number | undefined | null>,
  file: Blob,
  fileName: string,
) => {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined && value !== null && String(value).trim() !== '') body.append(name, String(value));
  }
  body.append('file', file, fileName);
  return body;
};

/** Raised when the connection drops before the server answered; nothing was stored. */
export class UploadInterruptedError extends Error {}

const parse = (text: string): Record<string, unknown> => {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { detail: text };
  }
};

/**
 * Sends an upload with XMLHttpRequest, the one browser API that reports upload progress (as a whole
 * percentage to `onProgress`). Answers the stored document, or throws ApiError with the server's
 * localised problem (the failing field named) or UploadInterruptedError.
 */
export const sendUpload = async (
  url: string,
  body: FormData,
  { onProgress, signal }: { onProgress: (percent: number) => void; signal?: AbortSignal },
): Promise<CaseDocumentDetail> => {
  const { token } = await apiGet<{ token: string }>('/api/auth/csrf');
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('x-csrf-token', token);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.floor((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      const answer = parse(request.responseText);
      if (request.status >= 200 && request.status < 300) resolve(answer as CaseDocumentDetail);
      else {
        const error = new ApiError(request.status, answer);
        if (error.code === 'UNAUTHENTICATED') signalSignedOut();
        reject(error);
      }
    };
    request.onerror = () => reject(new UploadInterruptedError('upload interrupted'));
    request.onabort = () => reject(new DOMException('upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(body);
  });
};
