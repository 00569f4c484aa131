import { type ExecFileException, execFile } from 'node:child_process';
import { DigitiseError } from './digitise-error.ts';

/** Debian package that provides each program the digitisation layer runs, for "please install …" messages. */
export const TOOL_PACKAGES = {
  tesseract: 'tesseract-ocr',
  pdfimages: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  pdftotext: 'poppler-utils',
  qpdf: 'qpdf',
} as const;

export type ToolName = keyof typeof TOOL_PACKAGES;

/**
 * Every tesseract run is single-threaded: the pipeline runs one process per core, which on 2 cores measured
 * about 8× faster than tesseract's own OpenMP threads fighting each other.
 */
export const TESSERACT_ENV = { OMP_THREAD_LIMIT: '1' };

export type ToolRun = {
  /** Killed after this long; OCR of a dense page takes seconds, so the defaults are generous. */
  timeoutMs?: number;
  /** Added to the environment (OMP_THREAD_LIMIT for tesseract). */
  env?: Record<string, string>;
  /** Output larger than this fails the run rather than filling memory. */
  maxOutputBytes?: number;
  signal?: AbortSignal;
};

export type ToolOutput = { stdout: string; stderr: string };

const lastLines = (text: string): string => text.trim().split('\n').slice(-3).join(' | ').slice(0, 500);

/**
 * Runs one of the tools with arguments (never through a shell) and returns its output. A missing program,
 * a timeout and a non-zero exit become a DigitiseError; the caller maps a failure about the file itself
 * (e.g. pdfinfo on a damaged PDF) to `unreadable_file` by catching `tool_failed`.
 */
export const runTool = (tool: ToolName, args: readonly string[], options: ToolRun = {}): Promise<ToolOutput> =>
  new Promise((resolve, reject) => {
    execFile(
      tool,
      args,
      {
        encoding: 'utf8',
        timeout: options.timeoutMs ?? 120_000,
        maxBuffer: options.maxOutputBytes ?? 64 * 1024 * 1024,
        env: { ...process.env, ...options.env },
        signal: options.signal,
      },
      (error, stdout, stderr) => {
        if (!error) return resolve({ stdout, stderr });
        // An abort is the caller's own decision (worker stopping, lease lost), not a failure of the file.
        reject(error.name === 'AbortError' ? error : toolError(tool, error, stderr));
      },
    );
  });

const toolError = (tool: ToolName, error: ExecFileException, stderr: string): DigitiseError => {
  if (error.code === 'ENOENT') {
    return new DigitiseError(
      'tool_missing',
      {
        vi: `Chưa cài đặt chương trình ${tool} (gói ${TOOL_PACKAGES[tool]})`,
        en: `${tool} is not installed (package ${TOOL_PACKAGES[tool]})`,
      },
      { cause: error },
    );
  }
  if (error.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
    return new DigitiseError(
      'too_large',
      { vi: `${tool} trả về quá nhiều dữ liệu`, en: `${tool} produced more output than allowed` },
      { cause: error },
    );
  }
  if (error.killed && error.signal === 'SIGTERM') {
    return new DigitiseError(
      'timeout',
      { vi: `${tool} chạy quá thời gian cho phép`, en: `${tool} ran longer than allowed` },
      { cause: error },
    );
  }
  const said = lastLines(stderr) || error.message;
  return new DigitiseError(
    'tool_failed',
    { vi: `${tool} báo lỗi: ${said}`, en: `${tool} failed: ${said}` },
    { cause: error },
  );
};
