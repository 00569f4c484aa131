import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { FileKind } from '@eprocuracy/domain';
import type { BlobRef, BlobStore } from '../../../platform/blobs/blob-store.ts';
import type { Db } from '../../../platform/db.ts';
import { newId } from '../../../platform/ids.ts';
import type { ScanFormat } from '../digitise/scan-pages.ts';
import { assembleSearchablePdf, type PdfPageSource } from '../digitise/searchable-pdf.ts';
import * as repo from './digitise.repo.ts';
import { pageSlots } from './ocr-slots.ts';
import { type DocumentPlan, planPages } from './page-plan.ts';
import { ocrScanPage, pagePdfFile, producePage } from './page-work.ts';
import { runPool } from './run-pool.ts';
import { fetchOriginal, fileExists, removeWorkFolder, storeFile, workFolder } from './work-folder.ts';

export type DigitiseOptions = {
  db: Db;
  store: BlobStore;
  dataDir: string;
  version: repo.VersionToDigitise;
  /** Pages processed at once (one tesseract each). */
  concurrency: number;
  signal: AbortSignal;
};

/**
 * The searchable PDF: OCR'd pages from their one-page PDFs (redone when the work folder lost them — same
 * bytes), pages with their own text layer straight from the original. A typed PDF is its own searchable
 * PDF; a DOCX has none.
 */
const buildSearchablePdf = async (
  options: DigitiseOptions & { plan: DocumentPlan; original: string; folder: string; originalRef: BlobRef },
): Promise<BlobRef | null> => {
  const { plan, original, folder, store, version, signal } = options;
  if (plan.format === 'docx') return null;
  if (plan.pages.every((page) => page.how === 'text')) return options.originalRef;
  const format: ScanFormat = plan.format;
  const sources: PdfPageSource[] = [];
  for (const page of plan.pages) {
    if (page.how === 'text') {
      sources.push({ file: original, page: page.pageNo });
      continue;
    }
    const file = pagePdfFile(folder, page.pageNo);
    if (!(await fileExists(file))) {
      const { pageNo, hasOwnText } = page;
      await ocrScanPage({ original, format, pageNo, folder, hasOwnText, withThumbnail: false, signal });
    }
    sources.push(file);
  }
  const outFile = path.join(folder, 'searchable.pdf');
  await assembleSearchablePdf({ pages: sources, outFile, signal });
  return storeFile(store, outFile, version.blobEncrypted);
};

/**
 * Digitises one version page by page. Each finished page is committed on its own (text, confidence,
 * thumbnail, pages_done), so a crash loses at most the pages in flight, and a rerun skips the pages done.
 */
export const digitiseVersion = async (options: DigitiseOptions): Promise<void> => {
  const { db, store, version, signal } = options;
  const folder = await workFolder(options.dataDir, version.id);
  const originalRef = { sha256: version.blobSha256, encrypted: version.blobEncrypted, size: version.blobSize };
  const original = await fetchOriginal(store, originalRef, folder);
  const plan = await planPages(original, version.kind as FileKind, version.mime);
  await repo.startVersion(db, version.id, plan.pages.length);
  const done = await repo.donePageNumbers(db, version.id);
  const pending = plan.pages.filter((page) => !done.has(page.pageNo));
  await runPool(
    pending,
    options.concurrency,
    async (page) => {
      // Slots are shared by every job of the process, so two jobs together still run `concurrency` tesseracts.
      const result = await pageSlots(options.concurrency).run(() =>
        producePage({ original, format: plan.format, plan: page, folder, signal }),
      );
      const thumbnail = result.thumbnailFile
        ? await storeFile(store, result.thumbnailFile, version.blobEncrypted)
        : null;
      await repo.storeDonePage(db, version.id, { id: newId(), pageNo: page.pageNo, ...result, thumbnail });
      if (result.thumbnailFile) await rm(result.thumbnailFile, { force: true });
    },
    signal,
  );
  const searchablePdf = await buildSearchablePdf({ ...options, plan, original, folder, originalRef });
  const textSource = plan.pages.some((page) => page.how === 'ocr') ? 'ocr' : 'extracted';
  await repo.finishVersion(db, version.id, { textSource, searchablePdf });
  await removeWorkFolder(folder);
};
