import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { ocrPage } from '../../apps/server/src/modules/case-files/digitise/ocr-page.ts';
import { readPdfTextLayer } from '../../apps/server/src/modules/case-files/digitise/pdf-text-layer.ts';
import { renderScanPage } from '../../apps/server/src/modules/case-files/digitise/scan-pages.ts';
import { assembleSearchablePdf } from '../../apps/server/src/modules/case-files/digitise/searchable-pdf.ts';
import { straightenPage } from '../../apps/server/src/modules/case-files/digitise/straighten-page.ts';
import { makeThumbnail } from '../../apps/server/src/modules/case-files/digitise/thumbnail.ts';
import { cpuSeconds } from './ocr-cpu.ts';
import type { TestScan } from './ocr-pages.ts';

const run = promisify(execFile);

/** Wall and CPU seconds per page of each step of the pipeline, measured one page at a time. */
export type StepProfile = { step: string; secondsPerPage: number; cpuPerPage: number }[];

/**
 * Runs the pipeline's steps one by one on the first `count` pages (one of each distortion), timing each: what
 * the job does per page, against the direct tesseract run on the same page. Diagnostic, not the measure.
 */
export const profileSteps = async (scan: TestScan, count: number, folder: string): Promise<StepProfile> => {
  await mkdir(folder, { recursive: true });
  const totals = new Map<string, { wall: number; cpu: number }>();
  const add = (step: string, wall: number, cpu: number) => {
    const total = totals.get(step) ?? { wall: 0, cpu: 0 };
    totals.set(step, { wall: total.wall + wall, cpu: total.cpu + cpu });
  };
  const timed = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const [started, cpu] = [performance.now(), await cpuSeconds()];
    const result = await work();
    add(step, (performance.now() - started) / 1000, (await cpuSeconds()) - cpu);
    return result;
  };
  const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
  const pages = scan.pages.slice(0, count);
  // The plan reads the whole PDF once; the share of `count` pages is counted.
  const [planStarted, planCpu] = [performance.now(), await cpuSeconds()];
  await readPdfTextLayer(scan.pdfFile);
  const share = count / scan.pages.length;
  add(
    'plan: pdfinfo + pdftotext over the whole PDF, share per page',
    ((performance.now() - planStarted) / 1000) * share,
    ((await cpuSeconds()) - planCpu) * share,
  );
  const pagePdfs: string[] = [];
  for (const page of pages) {
    const base = path.join(folder, `p${page.pageNo}`);
    const image = await timed("render: pdfinfo, pdfimages -list, then the scanner's JPEG (pdfimages -j)", () =>
      renderScanPage({
        file: scan.pdfFile,
        format: 'pdf',
        page: page.pageNo,
        outFile: `${base}.tif`,
        extractScannerJpeg: true,
      }),
    );
    const straight = await timed('straighten: skew estimate, rotate, JPEG', () =>
      straightenPage({ page: image, outFile: `${base}.jpg` }),
    );
    const ocr = await timed('tesseract (pdf + tsv + txt)', () => ocrPage({ page: straight, outBase: base }));
    pagePdfs.push(ocr.pdfFile);
    await timed('thumbnail: WebP', () => makeThumbnail({ image: straight.file, outFile: `${base}.webp` }));
    await timed('for comparison: tesseract txt only, same straightened page', () =>
      run('tesseract', [straight.file, `${base}-txt`, '-l', 'vie', '--dpi', '300'], { env }),
    );
    await timed('for comparison: direct run, tesseract txt on the scan JPEG', () =>
      run('tesseract', [page.jpegFile, `${base}-direct`, '-l', 'vie', '--dpi', '300'], { env }),
    );
  }
  await timed('assemble: qpdf joins the page PDFs', () =>
    assembleSearchablePdf({ pages: pagePdfs, outFile: path.join(folder, 'searchable.pdf') }),
  );
  return [...totals].map(([step, { wall, cpu }]) => ({ step, secondsPerPage: wall / count, cpuPerPage: cpu / count }));
};
