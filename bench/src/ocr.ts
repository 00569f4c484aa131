import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { hasOcrmypdf, type OcrRun, runOcrmypdf, runTesseract } from './ocr-direct.ts';
import { generateTestScan } from './ocr-pages.ts';
import { openPipeline } from './ocr-pipeline.ts';
import { profileSteps } from './ocr-profile.ts';
import { formatOcrRun, type Round, RUNNERS, type Runner, writeOcrRun } from './ocr-report.ts';

/**
 * OCR throughput and accuracy (issue 4): the digitisation pipeline on a generated scanner PDF of Vietnamese
 * legal pages, against tesseract and OCRmyPDF run directly on the same pages in the same run, rounds
 * alternating the order. Measure under the machine lock: `flock /tmp/bench.lock node bench/src/ocr.ts`.
 */
const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '30' },
    rounds: { type: 'string', default: '2' },
    seed: { type: 'string', default: '1' },
    cores: { type: 'string', default: '2' },
    'profile-pages': { type: 'string', default: '5' },
    'no-write': { type: 'boolean', default: false },
  },
});
const [pageCount, rounds, seed, cores, profilePages] = [
  values.pages,
  values.rounds,
  values.seed,
  values.cores,
  values['profile-pages'],
].map(Number) as [number, number, number, number, number];
if (![pageCount, rounds, seed, cores, profilePages].every((n) => Number.isInteger(n) && n >= 1)) {
  throw new Error(
    'Usage: node bench/src/ocr.ts [--pages 30] [--rounds 2] [--seed 1] [--cores 2] [--profile-pages 5] [--no-write]',
  );
}

class SkipBench extends Error {}

const log = (message: string) => process.stderr.write(`[ocr] ${message}\n`);
const versionOf = async (tool: string) =>
  promisify(execFile)(tool, ['--version']).then(
    ({ stdout }) => stdout.split('\n')[0]?.trim() ?? '?',
    () => 'not installed',
  );

const loadAtStart = os.loadavg()[0] ?? 0;
const folder = await mkdtemp(path.join(os.tmpdir(), 'eproc-ocr-bench-'));
try {
  log(`rendering ${pageCount} test pages (seed ${seed}) in ${folder}`);
  const generatedAt = performance.now();
  const scan = await generateTestScan({ count: pageCount, seed, folder: path.join(folder, 'pages') });
  if (!scan) throw new SkipBench('../shared/data/legal is absent: no Vietnamese legal text to render test pages from');
  const generatedIn = (performance.now() - generatedAt) / 1000;
  const withOcrmypdf = await hasOcrmypdf();
  if (!withOcrmypdf) log('ocrmypdf is not installed: reported as not available');
  const pipeline = await openPipeline(cores);
  const results: Round[] = [];
  try {
    // Untimed: tesseract's Vietnamese model and the page files into the page cache.
    await runTesseract({ ...scan, pages: scan.pages.slice(0, 1) }, 1, path.join(folder, 'warm-up'));
    for (let round = 0; round < rounds; round++) {
      const order = (round % 2 === 0 ? [...RUNNERS] : [...RUNNERS].reverse()).filter(
        (runner) => runner !== 'ocrmypdf' || withOcrmypdf,
      );
      const runs: Round['runs'] = {};
      for (const runner of order) {
        const out = path.join(folder, `round-${round + 1}`, runner);
        const start: Record<Runner, () => Promise<OcrRun>> = {
          pipeline: () => pipeline.digitise(scan, `Bản quét thử OCR, lượt ${round + 1}`),
          tesseract: () => runTesseract(scan, cores, out),
          'tesseract-pdf': () => runTesseract(scan, cores, out, ['pdf', 'tsv']),
          ocrmypdf: () => runOcrmypdf(scan, cores, out),
        };
        runs[runner] = await start[runner]();
        log(`round ${round + 1}: ${runner} ${runs[runner]?.seconds.toFixed(1)} s`);
      }
      results.push({ order, runs });
    }
  } finally {
    await pipeline.close();
  }
  log(`profiling the pipeline's steps on ${profilePages} pages`);
  const profile = await profileSteps(scan, Math.min(profilePages, pageCount), path.join(folder, 'profile'));
  const [tesseractVersion, ocrmypdfVersion] = await Promise.all([versionOf('tesseract'), versionOf('ocrmypdf')]);
  const args = process.argv.slice(2).join(' ');
  const header = [
    `## OCR: digitisation pipeline against tesseract and OCRmyPDF on ${pageCount} Vietnamese pages (bench/src/ocr.ts)`,
    '',
    `- Date: ${new Date().toISOString()}; ${os.availableParallelism()} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}; ${tesseractVersion} (vie), ocrmypdf ${ocrmypdfVersion}; 1-minute load ${loadAtStart.toFixed(2)} at the start, ${(os.loadavg()[0] ?? 0).toFixed(2)} at the end.`,
    `- Reproduce: \`flock /tmp/bench.lock node bench/src/ocr.ts${args ? ` ${args}` : ''}\` (${process.env.DATABASE_URL ? 'with DATABASE_URL: PostgreSQL' : 'PGlite in a data folder'}).`,
    `- Pages (generated in ${generatedIn.toFixed(0)} s, not measured): paragraphs of the five laws in ../shared/data/legal taken in turn, rendered in Noto Serif 12 pt on A4 at 300 dpi, then in turn clean, noisy (grey noise σ 22, 0.2 % specks), skewed (0.8–2° either way), blurred (Gaussian σ 1.4 px) and combined (σ 15 noise, skew, σ 1 blur); each saved as a greyscale JPEG (quality 85) and all in one scanner PDF of ${(scan.pdfBytes / 2 ** 20).toFixed(0)} MB with the same JPEG bytes inside. Seed ${seed}.`,
    `- Pipeline: the real application in this process (${pipeline.databaseKind}, local blob store), the PDF uploaded through \`POST /api/cases/:id/files\` as ksv.quangninh, the \`case-files.digitise\` job run by the durable queue's worker (polling every second, as in the server) with OCR_CONCURRENCY=${cores}; timed from the upload until the version is \`done\` — every page rendered, straightened, OCR'd to a searchable page, thumbnailed and committed, then the searchable PDF assembled by qpdf and stored. Direct runs read the same JPEGs (tesseract) or the same PDF (ocrmypdf), one tesseract thread per process (OMP_THREAD_LIMIT=1), ${cores} at a time.`,
  ];
  const markdown = formatOcrRun({ pages: scan.pages, rounds: results, profile, profilePages, header });
  console.log(markdown);
  if (!values['no-write']) await writeOcrRun(markdown);
} catch (error) {
  if (!(error instanceof SkipBench)) throw error;
  console.log(`skipped: ${error.message}`);
} finally {
  await rm(folder, { recursive: true, force: true });
}
