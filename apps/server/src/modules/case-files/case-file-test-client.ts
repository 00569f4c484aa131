import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Reply, TestClient } from '../../test/client.ts';
import type { TestApp } from '../../test/harness.ts';

export type UploadFile = { name: string; data: Buffer; type?: string };
export type UploadOptions = {
  /** Put the file before the fields (the server refuses: the file must come last). */
  fileFirst?: boolean;
  /** Cut the body this many bytes before its end, like a connection dropped mid-upload. */
  cutBytes?: number;
};

/** A multipart/form-data body as a browser sends a FormData with the file appended last. */
export const multipartBody = (fields: Record<string, string>, file: UploadFile | null, options: UploadOptions = {}) => {
  const boundary = `----eproc${randomBytes(8).toString('hex')}`;
  const fieldParts = Object.entries(fields).map(([name, value]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
  );
  const fileParts = file
    ? [
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
            `Content-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
        ),
        file.data,
        Buffer.from('\r\n'),
      ]
    : [];
  const parts = options.fileFirst ? [...fileParts, ...fieldParts] : [...fieldParts, ...fileParts];
  const body = Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]);
  return {
    payload: options.cutBytes ? body.subarray(0, body.length - options.cutBytes) : body,
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
};

/** Posts a multipart upload with the client's session cookie and CSRF token. */
export const upload = async (
  client: TestClient,
  url: string,
  fields: Record<string, string>,
  file: UploadFile | null,
  options: UploadOptions = {},
): Promise<Reply> => {
  if (!client.csrf) client.csrf = (await client.get('/api/auth/csrf')).body.token;
  const { payload, contentType } = multipartBody(fields, file, options);
  const response = await client.app.inject({
    method: 'POST',
    url,
    payload,
    headers: {
      'content-type': contentType,
      cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'x-csrf-token': client.csrf ?? '',
    },
  });
  const text = response.body;
  const body = /json/.test(String(response.headers['content-type'])) ? JSON.parse(text) : text;
  return { status: response.statusCode, body, headers: response.headers, text };
};

/** Downloads a file as bytes. */
export const download = async (client: TestClient, url: string) => {
  const response = await client.app.inject({
    method: 'GET',
    url,
    headers: { cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
  });
  return { status: response.statusCode, headers: response.headers, data: response.rawPayload };
};

/** Everything an upload could leave behind: stored and staging files, blob and document rows. */
export const leftovers = async (t: TestApp) => {
  const root = path.resolve(t.config.DATA_DIR, 'blobs');
  const files = (await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
  const count = async (table: string) =>
    Number(
      (
        (await t.database.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))) as unknown as {
          rows: { n: number }[];
        }
      ).rows[0]?.n,
    );
  return {
    files,
    documents: await count('case_documents'),
    versions: await count('case_document_versions'),
    blobs: await count('case_file_blobs'),
  };
};
