import type { FileKind } from '@eprocuracy/domain';
import { detectOcrTools, type OcrToolsReport } from '../digitise/ocr-tools.ts';

/** Tools are looked for again after this long, so installing them takes effect without a restart. */
const REPORT_TTL_MS = 60_000;

let cached: { at: number; report: Promise<OcrToolsReport> } | undefined;

/** The tools report, detected at most once a minute (detection runs every program once). */
export const currentOcrTools = (): Promise<OcrToolsReport> => {
  if (!cached || Date.now() - cached.at > REPORT_TTL_MS) cached = { at: Date.now(), report: detectOcrTools() };
  return cached.report;
};

/** Forgets the last detection (after installing tools, and in tests that take them away). */
export const forgetOcrTools = () => {
  cached = undefined;
};

/**
 * What keeps a file of this kind from being digitised here, or null: a scan needs tesseract (and poppler
 * for PDFs, qpdf for the searchable PDF); a DOCX needs nothing outside Node. A PDF that turns out to be
 * born-digital would not need tesseract, but which PDFs are is only known after reading them with poppler.
 */
export const missingToolsFor = (report: OcrToolsReport, kind: FileKind): { vi: string; en: string } | null => {
  const needed = new Set<string>();
  if (kind === 'pdf') needed.add('poppler_missing');
  if (kind === 'pdf' || kind === 'image') {
    for (const code of ['tesseract_missing', 'tesseract_too_old', 'vie_missing', 'osd_missing', 'qpdf_missing'])
      needed.add(code);
  }
  const problems = report.problems.filter((problem) => needed.has(problem.code));
  if (problems.length === 0) return null;
  return { vi: problems.map((p) => p.vi).join('; '), en: problems.map((p) => p.en).join('; ') };
};
