import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeXmlEntities, wordXmlToPages } from './word-xml-pages.ts';

const body = (content: string) =>
  `<?xml version="1.0"?><w:document xmlns:w="w" xmlns:mc="mc"><w:body>${content}<w:sectPr/></w:body></w:document>`;
const p = (...runs: string[]) => `<w:p><w:pPr><w:jc w:val="both"/></w:pPr>${runs.join('')}</w:p>`;
const r = (inner: string) => `<w:r><w:rPr><w:b/></w:rPr>${inner}</w:r>`;
const t = (text: string) => `<w:t xml:space="preserve">${text}</w:t>`;

describe('Word body text by page', () => {
  test('paragraphs become lines; runs join; tabs and line breaks kept', () => {
    const xml = body(
      p(r(t('Biên bản ')), r(t('hỏi cung'))) +
        p(r(`${t('Bị can:')}<w:tab/>${t('Nguyễn Văn A')}`), r('<w:br/>'), r(t('Sinh năm 1990'))),
    );
    assert.deepEqual(wordXmlToPages(xml), ['Biên bản hỏi cung\nBị can:\tNguyễn Văn A\nSinh năm 1990']);
  });

  test('explicit and rendered page breaks split pages; back-to-back breaks make one boundary', () => {
    const xml = body(
      p(r(t('Trang một'))) +
        p(r('<w:br w:type="page"/>')) +
        p(r(`<w:lastRenderedPageBreak/>${t('Trang hai')}`)) +
        p(r(`<w:lastRenderedPageBreak/>${t('Trang ba')}`)),
    );
    assert.deepEqual(wordXmlToPages(xml), ['Trang một', 'Trang hai', 'Trang ba']);
  });

  test('a section break starts a new page unless continuous', () => {
    const sectionEnd = (type?: string) =>
      `<w:p><w:pPr><w:sectPr>${type ? `<w:type w:val="${type}"/>` : ''}<w:pgSz w:w="11906"/></w:sectPr></w:pPr>${r(t('cuối mục'))}</w:p>`;
    const xml = body(p(r(t('một'))) + sectionEnd() + p(r(t('hai'))) + sectionEnd('continuous') + p(r(t('ba'))));
    assert.deepEqual(wordXmlToPages(xml), ['một\ncuối mục', 'hai\ncuối mục\nba']);
  });

  test('deleted text, field codes and the legacy copy of a text box are left out', () => {
    const xml = body(
      p(
        r(t('Quyết định ')),
        `<w:del><w:r><w:delText>cũ </w:delText></w:r></w:del>`,
        r(`<w:instrText> PAGE </w:instrText>`),
        r(t('khởi tố')),
        `<w:r><mc:AlternateContent><mc:Choice><w:txbxContent>${p(r(t('Mật')))}</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>${p(r(t('Mật')))}</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r>`,
      ),
    );
    assert.deepEqual(wordXmlToPages(xml), ['Quyết định khởi tốMật']);
  });

  test('entities decode; text comes out in NFC; an empty body is one empty page', () => {
    assert.equal(
      decodeXmlEntities('a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; &#7897; &#x1EC7; &bogus; &#0;'),
      'a <b> & "c" \'d\' ộ ệ &bogus; &#0;',
    );
    assert.deepEqual(wordXmlToPages(body(p(r(t('to\u0302\u0301i')))))[0], 'tối');
    assert.deepEqual(wordXmlToPages(body('')), ['']);
  });
});
