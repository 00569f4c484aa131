import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { cpuSeconds } from './ocr-cpu.ts';
import type { TestScan } from './ocr-pages.ts';

const run = promisify(execFile);

/** One OCR run over the test pages: how long it took, the CPU it used and the text of each page, in page order. */
export type OcrRun = { seconds: number; cpuSeconds: number; texts: string[] };

/** One tesseract thread per process, as the pipeline runs it: on 2 cores ~8× faster than OpenMP threads. */
const ONE_THREAD = { ...process.env, OMP_THREAD_LIMIT: '1' };

/** Runs `work` on 0…count-1 with `lanes` at a time. */
const inLanes = async (count: number, lanes: number, work: (index: number) => Promise<void>) => {
  let next = 0;
  const lane = async () => {
    while (next < count) await work(next++);
  };
  await Promise.all(Array.from({ length: lanes }, lane));
};

/**
 * The Tesseract CLI on each page's JPEG, `lanes` processes at a time: `tesseract page.jpg out -l vie --dpi 300`,
 * with `outputs` (`pdf tsv` for the searchable page and word confidences the pipeline asks for) besides the text.
 */
export const runTesseract = async (
  scan: TestScan,
  lanes: number,
  folder: string,
  outputs: string[] = [],
): Promise<OcrRun> => {
  await mkdir(folder, { recursive: true });
  const texts: string[] = [];
  const [started, cpu] = [performance.now(), await cpuSeconds()];
  await inLanes(scan.pages.length, lanes, async (index) => {
    const page = scan.pages[index];
    if (!page) return;
    const outBase = path.join(folder, `page-${page.pageNo}`);
    const args = [page.jpegFile, outBase, '-l', 'vie', '--dpi', '300', ...(outputs.length ? [...outputs, 'txt'] : [])];
    await run('tesseract', args, { env: ONE_THREAD });
    texts[index] = await readFile(`${outBase}.txt`, 'utf8');
  });
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: (await cpuSeconds()) - cpu, texts };
};

/** Whether ocrmypdf is installed. */
export const hasOcrmypdf = async () =>
  run('ocrmypdf', ['--version']).then(
    () => true,
    () => false,
  );

/**
 * OCRmyPDF on the scanner PDF, in its fast configuration: `--jobs` one per core, a plain PDF (no PDF/A
 * conversion through Ghostscript), no image optimisation; the page texts come from its `--sidecar`.
 */
export const runOcrmypdf = async (scan: TestScan, jobs: number, folder: string): Promise<OcrRun> => {
  await mkdir(folder, { recursive: true });
  const sidecar = path.join(folder, 'sidecar.txt');
  const args = ['-l', 'vie', '--jobs', String(jobs), '--output-type', 'pdf', '--optimize', '0', '--sidecar', sidecar];
  const [started, cpu] = [performance.now(), await cpuSeconds()];
  await run('ocrmypdf', [...args, scan.pdfFile, path.join(folder, 'out.pdf')], { env: ONE_THREAD });
  const seconds = (performance.now() - started) / 1000;
  return {
    seconds,
    cpuSeconds: (await cpuSeconds()) - cpu,
    texts: (await readFile(sidecar, 'utf8')).split('\f').slice(0, scan.pages.length),
  };
};
