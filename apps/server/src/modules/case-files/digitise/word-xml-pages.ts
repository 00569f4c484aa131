/**
 * Text of a Word body (word/document.xml) split into pages. A DOCX has no pages of its own; the breaks Word
 * recorded are used: explicit page breaks (`<w:br w:type="page"/>`), the page starts Word saw when it last
 * laid the document out (`<w:lastRenderedPageBreak/>`), and section breaks that start a new page.
 * Deleted text of tracked changes (w:delText), field codes (w:instrText) and the legacy copy of drawings
 * (mc:Fallback, which repeats the text-box text) are not part of the text.
 */
export const wordXmlToPages = (xml: string): string[] => {
  const pages: string[] = [];
  let page = '';
  let isInText = false;
  let runDepth = 0;
  let fallbackDepth = 0;
  let paragraphEndsPage = false;
  const breakPage = () => {
    // Word writes a rendered break right after an explicit one; two breaks in a row are one page boundary.
    if (page.trim() === '') return;
    pages.push(page);
    page = '';
  };
  const tag = /<(\/?)([\w:]+)((?:\s[^>]*?)?)(\/?)>|([^<]+)/g;
  for (let match = tag.exec(xml); match !== null; match = tag.exec(xml)) {
    const [, closing, name, attributes = '', selfClosing, text] = match;
    if (text !== undefined) {
      if (isInText && fallbackDepth === 0) page += decodeXmlEntities(text);
      continue;
    }
    const isEnd = closing === '/';
    const isEmpty = selfClosing === '/';
    if (name === 'mc:Fallback') fallbackDepth += isEnd ? -1 : isEmpty ? 0 : 1;
    if (fallbackDepth > 0) continue;
    switch (name) {
      case 'w:t':
        isInText = !isEnd && !isEmpty;
        break;
      case 'w:r':
        runDepth += isEnd ? -1 : isEmpty ? 0 : 1;
        break;
      case 'w:tab':
        if (runDepth > 0) page += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (runDepth === 0) break;
        if (/w:type="page"/.test(attributes)) breakPage();
        else page += '\n';
        break;
      case 'w:lastRenderedPageBreak':
        breakPage();
        break;
      case 'w:sectPr':
        // A section break sits in its last paragraph's properties; unless "continuous", the next one starts
        // a new page (nextPage is the default type). The body's own final sectPr follows no paragraph.
        if (!isEnd) paragraphEndsPage = true;
        break;
      case 'w:type':
        if (/w:val="continuous"/.test(attributes)) paragraphEndsPage = false;
        break;
      case 'w:p':
        if (!isEnd) break;
        page += '\n';
        if (paragraphEndsPage) breakPage();
        paragraphEndsPage = false;
        break;
    }
  }
  if (page.trim() !== '' || pages.length === 0) pages.push(page);
  return pages.map((text) => tidy(text));
};

const tidy = (text: string): string =>
  text
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/u, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The five XML entities and numeric character references. */
export const decodeXmlEntities = (text: string): string =>
  text.replace(/&(#x[\da-f]+|#\d+|\w+);/giu, (entity, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X'))
      return safeCodePoint(Number.parseInt(body.slice(2), 16), entity);
    if (body.startsWith('#')) return safeCodePoint(Number.parseInt(body.slice(1), 10), entity);
    return NAMED_ENTITIES[body] ?? entity;
  });

const safeCodePoint = (codePoint: number, original: string): string =>
  Number.isInteger(codePoint) && codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : original;
