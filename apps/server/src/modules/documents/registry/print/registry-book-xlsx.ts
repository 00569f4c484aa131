import { loadExcelJs } from '../../../../platform/heavy-libraries.ts';
import { BOOK_TEXT, type RegistryBookSheet } from './registry-book-sheet.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const thin = { style: 'thin' as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
/** The row of the table header; above it the national heading, the title, the year and the number range. */
export const HEADER_ROW = 8;

const column = (n: number) => String.fromCharCode(64 + n);

/** A registry book as a workbook in the Appendix IV layout: heading, title, the numbered columns, one row per entry. */
export const registryBookXlsx = async (sheet: RegistryBookSheet): Promise<Buffer> => {
  const text = BOOK_TEXT[sheet.lang];
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(text.sheet[sheet.direction], {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.widths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width * 1.2;
  });
  const last = column(sheet.columns.length);
  const split = column(Math.ceil(sheet.columns.length / 3));
  const after = column(Math.ceil(sheet.columns.length / 3) + 1);
  const centred = (row: number, value: string, bold = false, from = 'A', to = last) => {
    ws.mergeCells(`${from}${row}:${to}${row}`);
    const cell = ws.getCell(`${from}${row}`);
    cell.value = value;
    cell.font = { bold, name: 'Times New Roman', size: 12 };
    cell.alignment = { horizontal: 'center', wrapText: true };
  };
  centred(1, sheet.officeName.toUpperCase(), true, 'A', split);
  centred(1, text.nation, true, after, last);
  centred(2, text.motto, true, after, last);
  if (sheet.isSecret) centred(3, text.secret, true);
  centred(4, text.title[sheet.direction], true);
  centred(5, text.year(sheet.year));
  centred(6, sheet.range ? text.range(sheet.range.from, sheet.range.to) : text.empty);
  ws.getRow(HEADER_ROW).values = [...sheet.columns];
  ws.getRow(HEADER_ROW + 1).values = sheet.columns.map((_, i) => `(${i + 1})`);
  for (const r of [HEADER_ROW, HEADER_ROW + 1]) ws.getRow(r).font = { bold: true };
  // The số đến stays a number in the spreadsheet, so it sorts and sums.
  ws.addRows(
    sheet.rows.map((cells) =>
      sheet.direction === 'incoming' ? cells.map((c, j) => (j === 1 ? Number(c) : c)) : cells,
    ),
  );
  for (let r = HEADER_ROW; r <= HEADER_ROW + 1 + sheet.rows.length; r++) {
    ws.getRow(r).eachCell({ includeEmpty: true }, (cell) => {
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: true };
    });
  }
  ws.views = [{ state: 'frozen', ySplit: HEADER_ROW + 1 }];
  ws.pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW + 1}`;
  return Buffer.from(await book.xlsx.writeBuffer());
};
