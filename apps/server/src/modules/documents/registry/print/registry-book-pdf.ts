import { loadPdfKit } from '../../../../platform/heavy-libraries.ts';
import { FONT_BOLD, FONT_REGULAR } from '../../../case-files/print/print-fonts.ts';
import { BOOK_TEXT, type RegistryBookSheet } from './registry-book-sheet.ts';

type Doc = PDFKit.PDFDocument;

// A4 landscape: the books of Appendix IV are wider than a portrait page; margins as in Decree 30 Appendix I.
const LEFT = 57;
const RIGHT = 43;
const TOP = 43;
const BOTTOM = 43;
const PAD = 3;
const CELL_SIZE = 9;

const widthsOf = (sheet: RegistryBookSheet, total: number) => {
  const sum = sheet.widths.reduce((a, b) => a + b, 0);
  return sheet.widths.map((w) => (w / sum) * total);
};

const rowHeight = (doc: Doc, cells: readonly string[], widths: readonly number[]) =>
  Math.max(...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: (widths[i] as number) - 2 * PAD }))) +
  2 * PAD;

const drawRow = (doc: Doc, cells: readonly string[], widths: readonly number[], y: number, bold: boolean) => {
  doc.font(bold ? 'bold' : 'regular').fontSize(CELL_SIZE);
  const height = rowHeight(doc, cells, widths);
  let x = LEFT;
  cells.forEach((cell, i) => {
    const width = widths[i] as number;
    doc.rect(x, y, width, height).stroke();
    doc.text(cell, x + PAD, y + PAD, { width: width - 2 * PAD, align: bold ? 'center' : 'left' });
    x += width;
  });
  return y + height;
};

const centred = (doc: Doc, text: string, x: number, width: number, bold: boolean, size: number) => {
  doc
    .font(bold ? 'bold' : 'regular')
    .fontSize(size)
    .text(text, x, doc.y, { width, align: 'center' });
};

/** The office beside the national heading, then the book's title, year and number range. */
const drawHeading = (doc: Doc, sheet: RegistryBookSheet, width: number) => {
  const text = BOOK_TEXT[sheet.lang];
  const top = doc.y;
  centred(doc, sheet.officeName.toUpperCase(), LEFT, width * 0.4, true, 10);
  const leftBottom = doc.y;
  doc.y = top;
  centred(doc, text.nation, LEFT + width * 0.4, width * 0.6, true, 10);
  centred(doc, text.motto, LEFT + width * 0.4, width * 0.6, true, 11);
  doc.y = Math.max(doc.y, leftBottom) + 14;
  if (sheet.isSecret) centred(doc, text.secret, LEFT, width, true, 12);
  centred(doc, text.title[sheet.direction], LEFT, width, true, 14);
  centred(doc, text.year(sheet.year), LEFT, width, false, 11);
  centred(doc, sheet.range ? text.range(sheet.range.from, sheet.range.to) : text.empty, LEFT, width, false, 11);
  doc.moveDown(0.6);
};

/** A registry book as an A4 landscape PDF in the Appendix IV layout, with an embedded Vietnamese font. */
export const registryBookPdf = async (sheet: RegistryBookSheet): Promise<Buffer> => {
  const PDFDocument = await loadPdfKit();
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margins: { left: LEFT, right: RIGHT, top: TOP, bottom: BOTTOM },
      info: { Title: `${BOOK_TEXT[sheet.lang].title[sheet.direction]} ${sheet.year}` },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('regular', FONT_REGULAR);
    doc.registerFont('bold', FONT_BOLD);
    doc.lineWidth(0.5);
    const width = doc.page.width - LEFT - RIGHT;
    const widths = widthsOf(sheet, width);
    drawHeading(doc, sheet, width);
    const numbers = sheet.columns.map((_, i) => `(${i + 1})`);
    let y = drawRow(doc, sheet.columns, widths, doc.y, true);
    y = drawRow(doc, numbers, widths, y, true);
    for (const cells of sheet.rows) {
      doc.font('regular').fontSize(CELL_SIZE);
      if (y + rowHeight(doc, cells, widths) > doc.page.height - BOTTOM) {
        doc.addPage();
        y = drawRow(doc, sheet.columns, widths, TOP, true);
      }
      y = drawRow(doc, cells, widths, y, false);
    }
    doc.y = y + 8;
    doc
      .font('regular')
      .fontSize(9)
      .text(BOOK_TEXT[sheet.lang].printed(sheet.printedOn), LEFT, doc.y, { width, align: 'right' });
    doc.end();
  });
};
