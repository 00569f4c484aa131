import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type CerCount, countCharacterErrors, pooledCer } from '@eprocuracy/domain';
import type { OcrRun } from './ocr-direct.ts';
import { DISTORTIONS, type TestPage } from './ocr-pages.ts';
import type { StepProfile } from './ocr-profile.ts';

const RESULTS = fileURLToPath(new URL('../RESULTS.md', import.meta.url));
const START = '<!-- ocr:start -->';
const END = '<!-- ocr:end -->';
const RUN_START = '<!-- ocr:run:start -->';
const RUN_END = '<!-- ocr:run:end -->';
/** Issue 4: the pipeline's pages per minute at least 0.9 of the direct tesseract run's. */
const TARGET_RATIO = 0.9;

export const RUNNERS = ['pipeline', 'tesseract', 'tesseract-pdf', 'ocrmypdf'] as const;
export type Runner = (typeof RUNNERS)[number];

const LABELS: Record<Runner, string> = {
  pipeline: 'eProcuracy: upload + `case-files.digitise` job until done',
  tesseract: 'Direct: `tesseract page.jpg out -l vie --dpi 300`, 2 processes',
  'tesseract-pdf': 'Direct, the pipeline’s outputs: same with `pdf tsv txt`',
  ocrmypdf: 'Direct: `ocrmypdf -l vie --jobs 2 --output-type pdf --optimize 0`',
};

export type Round = { order: Runner[]; runs: Partial<Record<Runner, OcrRun & { uploadSeconds?: number }>> };

export type OcrResults = {
  pages: TestPage[];
  rounds: Round[];
  profile: StepProfile;
  profilePages: number;
  header: string[];
};

const percent = (rate: number) => `${(rate * 100).toFixed(2)} %`;
const perMinute = (pages: number, seconds: number) => (pages * 60) / seconds;

/**
 * Pages per minute of a runner in its fastest round. The machine is shared: a round slowed by someone else's
 * work says nothing about the runner, and the order alternates, so the best round of each is a fair pairing.
 */
const throughput = (r: OcrResults, runner: Runner) => {
  const runs = r.rounds.map((round) => round.runs[runner]).filter((run) => run !== undefined);
  if (runs.length === 0) return null;
  return perMinute(r.pages.length, Math.min(...runs.map((run) => run.seconds)));
};

/** The pipeline's pages per minute ÷ direct tesseract's, round by round. */
const roundRatios = (r: OcrResults) =>
  r.rounds
    .map((round) => {
      const [pipeline, tesseract] = [round.runs.pipeline, round.runs.tesseract];
      return pipeline && tesseract ? `${(tesseract.seconds / pipeline.seconds).toFixed(2)}×` : '—';
    })
    .join(', ');

/** CPU seconds per page of a runner over all rounds (its process and the tools it ran). */
const cpuPerPage = (r: OcrResults, runner: Runner) => {
  const runs = r.rounds.map((round) => round.runs[runner]).filter((run) => run !== undefined);
  return runs.reduce((sum, run) => sum + run.cpuSeconds, 0) / (r.pages.length * runs.length);
};

/** Per page edit counts of a runner's first-round texts against the printed text. */
const pageCounts = (r: OcrResults, runner: Runner): CerCount[] | null => {
  const texts = r.rounds.find((round) => round.runs[runner])?.runs[runner]?.texts;
  return texts ? r.pages.map((page, index) => countCharacterErrors(page.text, texts[index] ?? '')) : null;
};

const throughputTable = (r: OcrResults) => {
  const tesseract = throughput(r, 'tesseract');
  const rows = RUNNERS.map((runner) => {
    const ppm = throughput(r, runner);
    if (ppm === null) return `| ${LABELS[runner]} | ${r.rounds.map(() => '—').join(' | ')} | not available | | |`;
    const seconds = r.rounds.map((round) => {
      const run = round.runs[runner];
      const upload = run?.uploadSeconds === undefined ? '' : ` (upload ${run.uploadSeconds.toFixed(1)})`;
      return run ? `${run.seconds.toFixed(1)}${upload}` : '—';
    });
    const ratio = tesseract ? `${(ppm / tesseract).toFixed(2)}×` : '';
    return `| ${LABELS[runner]} | ${seconds.join(' | ')} | ${ppm.toFixed(1)} | ${ratio} | ${cpuPerPage(r, runner).toFixed(2)} |`;
  });
  return [
    `| Run | ${r.rounds.map((round, i) => `round ${i + 1} s (${round.order.join(' → ')})`).join(' | ')} | pages/min | vs direct tesseract | CPU s per page |`,
    `| --- | ${r.rounds.map(() => '---:').join(' | ')} | ---: | ---: | ---: |`,
    ...rows,
  ];
};

const cerTable = (r: OcrResults) => {
  const counts = Object.fromEntries(RUNNERS.map((runner) => [runner, pageCounts(r, runner)]));
  const cell = (runner: Runner, keep: (page: TestPage) => boolean) => {
    const all = counts[runner];
    return all ? percent(pooledCer(all.filter((_, index) => keep(r.pages[index] as TestPage)))) : '—';
  };
  const row = (label: string, keep: (page: TestPage) => boolean) => {
    const pages = r.pages.filter(keep);
    const chars = pages.reduce((sum, page) => sum + Array.from(page.text.replace(/\s+/g, ' ')).length, 0);
    return `| ${label} | ${pages.length} | ${chars.toLocaleString('en-US')} | ${RUNNERS.map((runner) => cell(runner, keep)).join(' | ')} |`;
  };
  const perPage = r.pages.map((page, index) => {
    const cells = RUNNERS.map((runner) => {
      const count = counts[runner]?.[index];
      return count ? percent(pooledCer([count])) : '—';
    });
    const skew = page.skewDegrees ? ` ${page.skewDegrees.toFixed(2)}°` : '';
    return `| ${page.pageNo} | ${page.distortion}${skew} | ${cells.join(' | ')} |`;
  });
  return [
    `| Distortion | pages | characters | ${RUNNERS.map((runner) => `${runner} CER`).join(' | ')} |`,
    `| --- | ---: | ---: | ${RUNNERS.map(() => '---:').join(' | ')} |`,
    row('**All pages**', () => true),
    ...DISTORTIONS.map((distortion) => row(`↳ ${distortion}`, (page) => page.distortion === distortion)),
    '',
    '<details><summary>CER per page</summary>',
    '',
    `| Page | distortion | ${RUNNERS.join(' | ')} |`,
    `| ---: | --- | ${RUNNERS.map(() => '---:').join(' | ')} |`,
    ...perPage,
    '',
    '</details>',
  ];
};

const profileTable = (r: OcrResults) => [
  `| Step (one page at a time, mean of ${r.profilePages} pages, one of each distortion) | wall s per page | CPU s per page |`,
  '| --- | ---: | ---: |',
  ...r.profile.map(
    ({ step, secondsPerPage, cpuPerPage }) => `| ${step} | ${secondsPerPage.toFixed(2)} | ${cpuPerPage.toFixed(2)} |`,
  ),
];

/** The run's part of the OCR section: header, throughput, CER and the step profile. */
export const formatOcrRun = (r: OcrResults): string => {
  const pipeline = throughput(r, 'pipeline');
  const tesseract = throughput(r, 'tesseract');
  const ratio = pipeline && tesseract ? pipeline / tesseract : null;
  const verdict =
    ratio === null
      ? ''
      : `${ratio.toFixed(2)}× the direct tesseract run (target ≥ ${TARGET_RATIO}: ${ratio >= TARGET_RATIO ? 'meets' : '**misses**'})`;
  return [
    ...r.header,
    '',
    `Throughput: seconds per round for all ${r.pages.length} pages; pages/min of each run’s fastest round; CPU seconds per page (the process and every tool it ran, user + system) over all rounds, which other work on the machine does not inflate. Pipeline: ${verdict}; round by round ${roundRatios(r)}.`,
    '',
    ...throughputTable(r),
    '',
    'Character error rate (Levenshtein distance ÷ length of the printed text, both NFC with whitespace runs folded to one space; pooled over pages) on the first round’s output:',
    '',
    ...cerTable(r),
    '',
    'Where the pipeline’s time goes, each step run alone on one core (diagnostic; the measured job runs two pages at a time):',
    '',
    ...profileTable(r),
  ].join('\n');
};

/** Replaces the run's block inside the ocr markers of bench/RESULTS.md, keeping the notes written under it. */
export const writeOcrRun = async (run: string) => {
  const current = await readFile(RESULTS, 'utf8');
  const block = `${RUN_START}\n${run}\n${RUN_END}`;
  const from = current.indexOf(RUN_START);
  const to = current.indexOf(RUN_END);
  if (from >= 0 && to > from) {
    await writeFile(RESULTS, `${current.slice(0, from)}${block}${current.slice(to + RUN_END.length)}`);
    return;
  }
  await writeFile(RESULTS, `${current.trimEnd()}\n\n${START}\n${block}\n${END}\n`);
};
