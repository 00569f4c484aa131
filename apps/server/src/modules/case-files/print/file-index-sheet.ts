import { type CaseDocumentView, formatViDate, type Secrecy } from '@eprocuracy/domain';

export type Lang = 'vi' | 'en';

/** One line of the printed file index (bảng kê tài liệu). */
export type FileIndexLine = {
  position: number;
  title: string;
  date: string;
  folios: string;
  pages: number | null;
  note: string;
};

/** What a printed file index shows: the case it belongs to, its documents in order, and their totals. */
export type FileIndexSheet = {
  lang: Lang;
  officeName: string;
  caseCode: string;
  caseTitle: string;
  /** The day it was printed, DD/MM/YYYY. */
  printedOn: string;
  lines: FileIndexLine[];
  totalPages: number;
};

const SECRECY: Record<Secrecy, Record<Lang, string>> = {
  normal: { vi: '', en: '' },
  secret: { vi: 'Mật', en: 'Secret' },
  top_secret: { vi: 'Tối mật', en: 'Top secret' },
  absolute_secret: { vi: 'Tuyệt mật', en: 'Absolute secret' },
};

/** The headings and fixed texts of the printed index, Vietnamese first. */
export const SHEET_TEXT = {
  vi: {
    nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    title: 'BẢNG KÊ TÀI LIỆU HỒ SƠ VỤ ÁN',
    caseLine: 'Vụ án',
    codeLine: 'Số vụ án',
    columns: ['STT', 'Tên tài liệu', 'Ngày', 'Số bút lục', 'Số trang', 'Ghi chú'],
    total: (documents: number, pages: number) => `Tổng cộng: ${documents} tài liệu, ${pages} trang`,
    dateLine: (day: string) => `Ngày ${day.slice(0, 2)} tháng ${day.slice(3, 5)} năm ${day.slice(6)}`,
    maker: 'NGƯỜI LẬP BẢNG KÊ',
    head: 'LÃNH ĐẠO ĐƠN VỊ',
    sign: '(Ký, ghi rõ họ tên)',
    sheet: 'Bảng kê',
  },
  en: {
    nation: 'SOCIALIST REPUBLIC OF VIETNAM',
    motto: 'Independence - Freedom - Happiness',
    title: 'CASE FILE DOCUMENT INDEX',
    caseLine: 'Case',
    codeLine: 'Case number',
    columns: ['No.', 'Document', 'Date', 'Folios', 'Pages', 'Notes'],
    total: (documents: number, pages: number) => `Total: ${documents} documents, ${pages} pages`,
    dateLine: (day: string) => `Date: ${day}`,
    maker: 'PREPARED BY',
    head: 'HEAD OF OFFICE',
    sign: '(Signature and full name)',
    sheet: 'Index',
  },
} as const;

const folioText = (from: number | null, to: number | null) => {
  if (from === null) return '';
  return to === null || to === from ? String(from) : `${from}–${to}`;
};

/**
 * The lines of a file index as the officer may see it (BLTTHS Art. 131(4): documents are listed and their
 * folios numbered in the order of the file). The note gives the document's own secrecy level and who made it.
 */
export const fileIndexLines = (items: readonly CaseDocumentView[], lang: Lang): FileIndexLine[] =>
  items.map((item) => ({
    position: item.position,
    title: item.title,
    date: item.documentDate ? formatViDate(item.documentDate) : '',
    folios: folioText(item.folioFrom, item.folioTo),
    pages: item.digitisation.pageCount,
    note: [SECRECY[item.secrecy][lang], item.authorBody ?? ''].filter(Boolean).join('; '),
  }));

/** The sheet of a case file: header, lines and the page total. */
export const fileIndexSheet = (
  input: Omit<FileIndexSheet, 'lines' | 'totalPages'>,
  items: readonly CaseDocumentView[],
) => {
  const lines = fileIndexLines(items, input.lang);
  return { ...input, lines, totalPages: lines.reduce((sum, line) => sum + (line.pages ?? 0), 0) };
};

/** The file name of a printed index: "bang-ke-<code>.<ext>" with the code's slashes as dashes. */
export const fileIndexName = (caseCode: string, ext: 'pdf' | 'xlsx') =>
  `bang-ke-${caseCode.replace(/[^A-Za-z0-9-]+/g, '-')}.${ext}`;
