import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { detectOcrTools } from './ocr-tools.ts';

/** Runs `body` with environment variables changed, restoring them after (test files run in their own process). */
const withEnv = async <T>(changes: Record<string, string>, body: () => Promise<T>): Promise<T> => {
  const saved = Object.fromEntries(Object.keys(changes).map((key) => [key, process.env[key]]));
  Object.assign(process.env, changes);
  try {
    return await body();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
};

describe('OCR tool detection', () => {
  test('reports every tool with its Debian package, and capabilities that agree with the problems', async () => {
    const report = await detectOcrTools();
    assert.deepEqual(report.tools.map((tool) => tool.tool).sort(), [
      'pdfimages',
      'pdfinfo',
      'pdftoppm',
      'pdftotext',
      'qpdf',
      'tesseract',
    ]);
    assert.equal(report.tools.find((tool) => tool.tool === 'tesseract')?.package, 'tesseract-ocr');
    assert.equal(report.canOcr, !report.problems.some((p) => /tesseract|vie|osd/.test(p.code)));
    assert.equal(report.canReadPdf, !report.problems.some((p) => p.code === 'poppler_missing'));
    for (const tool of report.tools.filter((status) => status.isPresent)) assert.match(tool.version ?? '', /^\d+\.\d+/);
    if (report.canOcr) assert.ok(['vie', 'osd'].every((language) => report.languages.includes(language)));
  });

  test('with nothing installed it says what to install, in Vietnamese and English, and does not throw', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'no-tools-'));
    try {
      const report = await withEnv({ PATH: empty }, detectOcrTools);
      assert.equal(report.canOcr, false);
      assert.equal(report.canReadPdf, false);
      assert.equal(report.canAssemblePdf, false);
      assert.ok(report.tools.every((tool) => !tool.isPresent && tool.version === null));
      assert.deepEqual(
        report.problems.map((problem) => problem.code),
        ['tesseract_missing', 'poppler_missing', 'qpdf_missing'],
      );
      assert.equal(report.problems[0]?.en, 'OCR unavailable: tesseract-ocr is not installed');
      assert.match(report.problems[0]?.vi ?? '', /chưa cài gói tesseract-ocr/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  test('tesseract without Vietnamese data: OCR unavailable, naming tesseract-ocr-vie', async (t) => {
    const installed = await detectOcrTools();
    if (!installed.tools.find((tool) => tool.tool === 'tesseract')?.isPresent || !installed.languages.includes('osd')) {
      t.skip('tesseract with osd data is not installed here');
      return;
    }
    // "List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):"
    const stdout = execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
    const folder = /"(.+)"/.exec(stdout)?.[1] ?? '/usr/share/tesseract-ocr/5/tessdata/';
    const onlyOsd = await mkdtemp(join(tmpdir(), 'tessdata-'));
    try {
      await symlink(join(folder, 'osd.traineddata'), join(onlyOsd, 'osd.traineddata'));
      const report = await withEnv({ TESSDATA_PREFIX: onlyOsd }, detectOcrTools);
      assert.deepEqual(report.languages, ['osd']);
      assert.equal(report.canOcr, false);
      assert.deepEqual(
        report.problems.find((problem) => problem.code === 'vie_missing')?.en,
        'OCR unavailable: tesseract-ocr-vie is not installed',
      );
    } finally {
      await rm(onlyOsd, { recursive: true, force: true });
    }
  });
});
