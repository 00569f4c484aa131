import { loadExcelJs } from '../../../platform/heavy-libraries.ts';
import { type FileIndexSheet, SHEET_TEXT } from './file-index-sheet.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const WIDTHS = [6, 60, 12, 12, 10, 30];
const thin = { style: 'thin' as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
/** The row of the table header; the rows above it hold the national heading, the title and the case. */
export const HEADER_ROW = 7;

/** The file index as a workbook in the layout of a bảng kê: heading, title, case, table, total, signatures. */
export const fileIndexXlsx = async (sheet: FileIndexSheet): Promise<Buffer> => {
  const text = SHEET_TEXT[sheet.lang];
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(text.sheet, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  WIDTHS.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  const centred = (row: number, value: string, bold = false, from = 'A', to = 'F') => {
    ws.mergeCells(`${from}${row}:${to}${row}`);
    const cell = ws.getCell(`${from}${row}`);
    cell.value = value;
    cell.font = { bold, name: 'Times New Roman', size: 12 };
    cell.alignment = { horizontal: 'center', wrapText: true };
  };
  centred(1, sheet.officeName.toUpperCase(), true, 'A', 'B');
  centred(1, text.nation, true, 'C', 'F');
  centred(2, text.motto, true, 'C', 'F');
  centred(4, text.title, true);
  centred(5, `${text.caseLine}: ${sheet.caseTitle}`);
  centred(6, `${text.codeLine}: ${sheet.caseCode}`);
  const header = ws.getRow(HEADER_ROW);
  header.values = [...text.columns];
  header.font = { bold: true };
  const rows = sheet.lines.map((line) => [
    line.position,
    line.title,
    line.date,
    line.folios,
    line.pages ?? '',
    line.note,
  ]);
  ws.addRows(rows);
  for (let r = HEADER_ROW; r <= HEADER_ROW + rows.length; r++) {
    ws.getRow(r).eachCell({ includeEmpty: true }, (cell) => {
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: true };
    });
  }
  const after = HEADER_ROW + rows.length + 1;
  ws.getCell(`A${after}`).value = text.total(sheet.lines.length, sheet.totalPages);
  ws.getCell(`A${after}`).font = { bold: true };
  centred(after + 2, text.dateLine(sheet.printedOn), false, 'D', 'F');
  centred(after + 3, text.maker, true, 'A', 'B');
  centred(after + 3, text.head, true, 'D', 'F');
  centred(after + 4, text.sign, false, 'A', 'B');
  centred(after + 4, text.sign, false, 'D', 'F');
  ws.views = [{ state: 'frozen', ySplit: HEADER_ROW }];
  ws.pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW}`;
  return Buffer.from(await book.xlsx.writeBuffer());
};
