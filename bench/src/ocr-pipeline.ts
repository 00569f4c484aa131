import { readFile } from 'node:fs/promises';
import type { DocumentPages } from '@eprocuracy/domain';
import { eq } from 'drizzle-orm';
import { buildApp } from '../../apps/server/src/app.ts';
import { parseConfig } from '../../apps/server/src/config.ts';
import { upload } from '../../apps/server/src/modules/case-files/case-file-test-client.ts';
import { caseDocumentVersions } from '../../apps/server/src/modules/case-files/case-files.schema.ts';
import { digitiseJob } from '../../apps/server/src/modules/case-files/pipeline/digitise.job.ts';
import { caseInput } from '../../apps/server/src/modules/cases/case-test-fixtures.ts';
import { seedIfEmpty } from '../../apps/server/src/modules/identity/seed.ts';
import { startWorker } from '../../apps/server/src/platform/jobs/worker.ts';
import { migrate } from '../../apps/server/src/platform/migrate.ts';
import { signedIn } from '../../apps/server/src/test/client.ts';
import { createStore } from '../../apps/server/src/test/scratch.ts';
import { cpuSeconds } from './ocr-cpu.ts';
import type { OcrRun } from './ocr-direct.ts';
import type { TestScan } from './ocr-pages.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A pipeline run: the whole wait (upload, then the job until the version is done) and the upload alone. */
export type PipelineRun = OcrRun & { uploadSeconds: number };

/**
 * The application in this process, as `npm start` runs it: PGlite in a data folder (or a fresh PostgreSQL
 * database with DATABASE_URL), local blob store, the durable job queue, `OCR_CONCURRENCY` pages at once.
 */
export const openPipeline = async (concurrency: number) => {
  const store = await createStore('ocr-bench');
  const database = await store.open();
  await migrate(database);
  await seedIfEmpty(database.db);
  const config = parseConfig({
    ...store.env,
    LOG_LEVEL: 'silent',
    OCR_CONCURRENCY: String(concurrency),
    RATE_LIMIT_PER_MINUTE: '100000',
  });
  const app = await buildApp(database, config);
  await app.ready();
  const prosecutor = await signedIn(app, 'ksv.quangninh');
  const opened = await prosecutor.post('/api/cases', caseInput());
  if (opened.status !== 201) throw new Error(`cannot open a case: ${opened.status} ${opened.text}`);
  const caseId = (opened.body as { id: string }).id;

  const versionStatus = async (documentId: string) =>
    (
      await database.db
        .select({ status: caseDocumentVersions.digitisationStatus, error: caseDocumentVersions.digitisationError })
        .from(caseDocumentVersions)
        .where(eq(caseDocumentVersions.documentId, documentId))
    )[0];

  /** Uploads the scanner PDF as a new document and waits for its digitisation job to finish. */
  const digitise = async (scan: TestScan, title: string): Promise<PipelineRun> => {
    const data = await readFile(scan.pdfFile);
    // The worker polls as the server's does (JOB_POLL_MS), so its pick-up delay is part of the wait.
    const worker = startWorker({
      db: database.db,
      config,
      jobs: [digitiseJob],
      schedules: [],
      pollMs: config.JOB_POLL_MS,
    });
    try {
      const [started, cpu] = [performance.now(), await cpuSeconds()];
      const reply = await upload(
        prosecutor,
        `/api/cases/${caseId}/files`,
        { type: 'other', title },
        { name: 'scan.pdf', data, type: 'application/pdf' },
      );
      if (reply.status !== 201) throw new Error(`upload refused: ${reply.status} ${reply.text}`);
      const uploadSeconds = (performance.now() - started) / 1000;
      const documentId = (reply.body as { id: string }).id;
      for (;;) {
        const row = await versionStatus(documentId);
        if (row?.status === 'done') break;
        if (row?.status === 'failed') throw new Error(`digitisation failed: ${row.error}`);
        await sleep(20);
      }
      const seconds = (performance.now() - started) / 1000;
      const used = (await cpuSeconds()) - cpu;
      const pages = (await prosecutor.get(`/api/cases/${caseId}/files/${documentId}/pages`)).body as DocumentPages;
      return { seconds, cpuSeconds: used, uploadSeconds, texts: pages.pages.map((page) => page.text ?? '') };
    } finally {
      await worker.stop();
    }
  };

  const close = async () => {
    await app.close();
    await database.close();
    await store.drop();
  };
  return { digitise, close, databaseKind: database.kind };
};
