import { ARCHIVE_MANIFEST_COLUMNS, type ArchiveImportView, type ArchiveManifestColumn } from '@eprocuracy/domain';
import { strToU8, zipSync } from 'fflate';
import Papa from 'papaparse';
import type { TestClient } from '../../../test/client.ts';
import { upload } from '../case-file-test-client.ts';

export type ManifestLine = Partial<Record<ArchiveManifestColumn, string>>;

const KEYS = Object.keys(ARCHIVE_MANIFEST_COLUMNS) as ArchiveManifestColumn[];

/** manifest.csv with the English column names. */
export const manifestCsv = (lines: readonly ManifestLine[]) =>
  `${Papa.unparse([KEYS, ...lines.map((l) => KEYS.map((k) => l[k] ?? ''))], { newline: '\r\n' })}\r\n`;

/** A ZIP of scans with its manifest, as a scanning contractor delivers a box of case files. */
export const archiveZip = (lines: readonly ManifestLine[], files: Record<string, Buffer>) =>
  Buffer.from(
    zipSync({
      'manifest.csv': strToU8(manifestCsv(lines)),
      ...Object.fromEntries(Object.entries(files).map(([name, data]) => [name, new Uint8Array(data)])),
    }),
  );

/** Uploads an archive with its options (mode, dryRun) as the page does. */
export const uploadArchive = (client: TestClient, zip: Buffer, fields: Record<string, string> = {}) =>
  upload(client, '/api/case-file-archives', fields, { name: 'kho-ho-so.zip', data: zip, type: 'application/zip' });

const FINISHED = ['done', 'rejected', 'failed'];

/** Polls an archive import until its job has finished. */
export const waitForArchive = async (client: TestClient, id: string): Promise<ArchiveImportView> => {
  for (let waited = 0; waited < 120_000; waited += 25) {
    const view = (await client.get(`/api/case-file-archives/${id}`)).body as ArchiveImportView;
    if (FINISHED.includes(view.status)) return view;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`archive import ${id} did not finish`);
};
