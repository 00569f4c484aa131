import { loadPdfKit } from '../../../platform/heavy-libraries.ts';
import { type FileIndexLine, type FileIndexSheet, SHEET_TEXT } from './file-index-sheet.ts';
import { FONT_BOLD, FONT_REGULAR } from './print-fonts.ts';

type Doc = PDFKit.PDFDocument;

// A4 with the margins of an official document (Decree 30/2020, Annex I: left 30 mm, right 15–20 mm).
const LEFT = 85;
const RIGHT = 57;
const TOP = 57;
const BOTTOM = 57;
const WIDTHS = [28, 170, 66, 52, 40, 97];
const PAD = 4;
const SIZE = 11;
/** The table is set a point smaller than the text around it, so a date fits its column on one line. */
const CELL_SIZE = 10;

const cellsOf = (line: FileIndexLine) => [
  String(line.position),
  line.title,
  line.date,
  line.folios,
  line.pages === null ? '' : String(line.pages),
  line.note,
];

const rowHeight = (doc: Doc, cells: readonly string[]) =>
  Math.max(...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: (WIDTHS[i] as number) - 2 * PAD }))) +
  2 * PAD;

const drawRow = (doc: Doc, cells: readonly string[], y: number, bold: boolean) => {
  doc.font(bold ? 'bold' : 'regular').fontSize(CELL_SIZE);
  const height = rowHeight(doc, cells);
  let x = LEFT;
  cells.forEach((cell, i) => {
    const width = WIDTHS[i] as number;
    doc.rect(x, y, width, height).stroke();
    const align = i === 1 || i === 5 ? 'left' : 'center';
    doc.text(cell, x + PAD, y + PAD, { width: width - 2 * PAD, align });
    x += width;
  });
  return y + height;
};

const centred = (doc: Doc, text: string, x: number, width: number, bold: boolean, size = SIZE + 1) => {
  doc
    .font(bold ? 'bold' : 'regular')
    .fontSize(size)
    .text(text, x, doc.y, { width, align: 'center' });
};

/** The national heading beside the office's name, the title and the case it indexes. */
const drawHeading = (doc: Doc, sheet: FileIndexSheet, width: number) => {
  const text = SHEET_TEXT[sheet.lang];
  const top = doc.y;
  centred(doc, sheet.officeName.toUpperCase(), LEFT, width * 0.4, true, SIZE - 1);
  const leftBottom = doc.y;
  doc.y = top;
  centred(doc, text.nation, LEFT + width * 0.4, width * 0.6, true, SIZE - 1);
  centred(doc, text.motto, LEFT + width * 0.4, width * 0.6, true, SIZE);
  doc.y = Math.max(doc.y, leftBottom) + 24;
  centred(doc, text.title, LEFT, width, true, SIZE + 3);
  doc.moveDown(0.3);
  centred(doc, `${text.caseLine}: ${sheet.caseTitle}`, LEFT, width, false);
  centred(doc, `${text.codeLine}: ${sheet.caseCode}`, LEFT, width, false);
  doc.moveDown(0.8);
};

/** The date line and the two signature blocks under the table. */
const drawSignatures = (doc: Doc, sheet: FileIndexSheet, width: number) => {
  const text = SHEET_TEXT[sheet.lang];
  if (doc.y + 120 > doc.page.height - BOTTOM) doc.addPage();
  doc.moveDown(1);
  const half = width / 2;
  centred(doc, text.dateLine(sheet.printedOn), LEFT + half, half, false, SIZE);
  const top = doc.y + 6;
  for (const [x, title] of [
    [LEFT, text.maker],
    [LEFT + half, text.head],
  ] as const) {
    doc.y = top;
    centred(doc, title, x, half, true, SIZE);
    centred(doc, text.sign, x, half, false, SIZE - 1);
  }
};

/** The file index as an A4 PDF in the layout of a bảng kê, in a Vietnamese-capable font (Noto Serif). */
export const fileIndexPdf = async (sheet: FileIndexSheet): Promise<Buffer> => {
  const PDFDocument = await loadPdfKit();
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: { left: LEFT, right: RIGHT, top: TOP, bottom: BOTTOM },
      info: { Title: `${SHEET_TEXT[sheet.lang].title} ${sheet.caseCode}` },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('regular', FONT_REGULAR);
    doc.registerFont('bold', FONT_BOLD);
    doc.lineWidth(0.5);
    const width = doc.page.width - LEFT - RIGHT;
    drawHeading(doc, sheet, width);
    const header = [...SHEET_TEXT[sheet.lang].columns];
    let y = drawRow(doc, header, doc.y, true);
    for (const line of sheet.lines) {
      const cells = cellsOf(line);
      doc.font('regular').fontSize(CELL_SIZE);
      if (y + rowHeight(doc, cells) > doc.page.height - BOTTOM) {
        doc.addPage();
        y = drawRow(doc, header, TOP, true);
      }
      y = drawRow(doc, cells, y, false);
    }
    doc.y = y + 8;
    doc
      .font('bold')
      .fontSize(SIZE)
      .text(SHEET_TEXT[sheet.lang].total(sheet.lines.length, sheet.totalPages), LEFT, doc.y, { width });
    drawSignatures(doc, sheet, width);
    doc.end();
  });
};
