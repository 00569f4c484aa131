import { runTool, TOOL_PACKAGES, type ToolName } from './run-tool.ts';

/** One program as found on this machine. */
export type ToolStatus = { tool: ToolName; isPresent: boolean; version: string | null; package: string };

/** Something missing, said the way the health endpoint and the UI show it. */
export type ToolProblem = {
  code: 'tesseract_missing' | 'tesseract_too_old' | 'vie_missing' | 'osd_missing' | 'poppler_missing' | 'qpdf_missing';
  vi: string;
  en: string;
};

/** What the digitisation pipeline can do on this machine right now. */
export type OcrToolsReport = {
  /** Tesseract ≥ 5 with Vietnamese (`vie`) and orientation (`osd`) data: scans can be OCR'd. */
  canOcr: boolean;
  /** pdfinfo, pdfimages, pdftoppm, pdftotext: PDFs can be counted, rendered page by page, read for a text layer. */
  canReadPdf: boolean;
  /** qpdf: per-page searchable PDFs can be joined into one document. */
  canAssemblePdf: boolean;
  tools: ToolStatus[];
  /** Tesseract's installed languages (e.g. eng, osd, vie). */
  languages: string[];
  problems: ToolProblem[];
};

const VERSION_ARGS: Record<ToolName, string[]> = {
  tesseract: ['--version'],
  pdfimages: ['-v'],
  pdfinfo: ['-v'],
  pdftoppm: ['-v'],
  pdftotext: ['-v'],
  qpdf: ['--version'],
};

const probe = async (tool: ToolName): Promise<ToolStatus> => {
  try {
    // Some versions print their version on stderr (poppler always does).
    const { stdout, stderr } = await runTool(tool, VERSION_ARGS[tool], { timeoutMs: 15_000 });
    const version = /(\d+\.\d+(?:\.\d+)?)/.exec(`${stdout}\n${stderr}`)?.[1] ?? null;
    return { tool, isPresent: true, version, package: TOOL_PACKAGES[tool] };
  } catch {
    // A program that exists but fails on --version is as good as missing for the pipeline.
    return { tool, isPresent: false, version: null, package: TOOL_PACKAGES[tool] };
  }
};

const listLanguages = async (): Promise<string[]> => {
  try {
    const { stdout } = await runTool('tesseract', ['--list-langs'], { timeoutMs: 15_000 });
    return stdout
      .split('\n')
      .slice(1)
      .map((line) => line.trim())
      .filter((line) => /^[\w-]+$/.test(line));
  } catch {
    return [];
  }
};

const majorVersion = (status: ToolStatus | undefined): number => Number(status?.version?.split('.')[0] ?? 0);

/** Which problems stop which capability, worded for an administrator who has to install something. */
const findProblems = (byTool: Map<ToolName, ToolStatus>, languages: string[]): ToolProblem[] => {
  const problems: ToolProblem[] = [];
  const tesseract = byTool.get('tesseract');
  if (!tesseract?.isPresent) {
    problems.push({
      code: 'tesseract_missing',
      vi: 'Không thể nhận dạng chữ (OCR): chưa cài gói tesseract-ocr',
      en: 'OCR unavailable: tesseract-ocr is not installed',
    });
  } else {
    if (majorVersion(tesseract) < 5) {
      problems.push({
        code: 'tesseract_too_old',
        vi: `Không thể nhận dạng chữ (OCR): cần Tesseract 5 trở lên, máy đang có ${tesseract.version ?? 'không rõ phiên bản'}`,
        en: `OCR unavailable: Tesseract 5 or later is needed, found ${tesseract.version ?? 'an unknown version'}`,
      });
    }
    if (!languages.includes('vie')) {
      problems.push({
        code: 'vie_missing',
        vi: 'Không thể nhận dạng chữ (OCR): chưa cài gói tesseract-ocr-vie (dữ liệu tiếng Việt)',
        en: 'OCR unavailable: tesseract-ocr-vie is not installed',
      });
    }
    if (!languages.includes('osd')) {
      problems.push({
        code: 'osd_missing',
        vi: 'Không thể nhận dạng chữ (OCR): chưa cài gói tesseract-ocr-osd (nhận biết hướng trang)',
        en: 'OCR unavailable: tesseract-ocr-osd (page orientation data) is not installed',
      });
    }
  }
  const popplerMissing = (['pdfimages', 'pdfinfo', 'pdftoppm', 'pdftotext'] as const).filter(
    (tool) => !byTool.get(tool)?.isPresent,
  );
  if (popplerMissing.length > 0) {
    problems.push({
      code: 'poppler_missing',
      vi: `Không thể xử lý tệp PDF: chưa cài gói poppler-utils (thiếu ${popplerMissing.join(', ')})`,
      en: `PDF processing unavailable: poppler-utils is not installed (missing ${popplerMissing.join(', ')})`,
    });
  }
  if (!byTool.get('qpdf')?.isPresent) {
    problems.push({
      code: 'qpdf_missing',
      vi: 'Không thể ghép tệp PDF tìm kiếm được: chưa cài gói qpdf',
      en: 'Searchable PDF assembly unavailable: qpdf is not installed',
    });
  }
  return problems;
};

/** Looks for every program the pipeline runs and reports what works and what to install. Never throws. */
export const detectOcrTools = async (): Promise<OcrToolsReport> => {
  const names = Object.keys(TOOL_PACKAGES) as ToolName[];
  const [languages, ...statuses] = await Promise.all([listLanguages(), ...names.map(probe)]);
  const byTool = new Map(statuses.map((status) => [status.tool, status]));
  const problems = findProblems(byTool, languages);
  const has = (...codes: ToolProblem['code'][]) => !problems.some((problem) => codes.includes(problem.code));
  return {
    canOcr: has('tesseract_missing', 'tesseract_too_old', 'vie_missing', 'osd_missing'),
    canReadPdf: has('poppler_missing'),
    canAssemblePdf: has('qpdf_missing'),
    tools: statuses,
    languages,
    problems,
  };
};
