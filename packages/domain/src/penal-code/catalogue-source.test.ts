import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { buildCatalogue } from '../../../../scripts/penal-code/build-catalogue.ts';
import { CATALOGUE_VERSIONS } from './catalogue.ts';

const SOURCE = resolve(import.meta.dirname, '../../../../../shared/data/legal/hinh-su.md');
const hasSource = existsSync(SOURCE);
const committed = CATALOGUE_VERSIONS.find((v) => v.version === 'BLHS-2015-sd2017');

/** Articles per chapter as the text's own table of contents ("Danh sách điều khoản") lists them. */
const countFromTableOfContents = (text: string): Record<string, string[]> => {
  const toc = text.normalize('NFC').split('## Danh sách điều khoản')[1] ?? '';
  const partTwo = toc.slice(toc.indexOf('Phần thứ hai'), toc.indexOf('Phần thứ ba'));
  const chapters: Record<string, string[]> = {};
  let chapter = '';
  for (const line of partTwo.split('\n')) {
    const heading = /^Chương ([IVXL]+) /.exec(line);
    if (heading?.[1]) chapter = heading[1];
    const article = /^Điều 16\.1\.LQ\.(\d+[a-z]?)\. /.exec(line);
    if (article?.[1]) chapters[chapter] = [...(chapters[chapter] ?? []), article[1]];
  }
  return chapters;
};

describe('catalogue against ../shared/data/legal/hinh-su.md', () => {
  if (!hasSource) {
    test.skip('../shared not present: skipping parser-vs-text check');
    return;
  }
  const text = readFileSync(SOURCE, 'utf8');

  test('the committed catalogue is what the parser makes of the text', () => {
    assert.deepEqual(buildCatalogue(text), committed);
  });

  test("articles per chapter match the text's table of contents", () => {
    const toc = countFromTableOfContents(text);
    const catalogue = committed?.articles ?? [];
    for (const chapter of committed?.chapters ?? []) {
      const labels = catalogue.filter((a) => a.chapter === chapter.number).map((a) => `${a.number}${a.suffix ?? ''}`);
      assert.deepEqual(labels, toc[chapter.roman], `chapter ${chapter.roman}`);
    }
    assert.equal(Object.values(toc).flat().length, catalogue.length);
  });
});
