import { DOCUMENT_TYPES, formatViDate, type IncomingEntry, type OutgoingEntry, URGENCY_TEXT } from '@eprocuracy/domain';

export type Lang = 'vi' | 'en';
export type BookDirection = 'incoming' | 'outgoing';

/** A printed registry book: heading, the Appendix IV columns with their relative widths, and one row per entry. */
export type RegistryBookSheet = {
  lang: Lang;
  direction: BookDirection;
  officeName: string;
  year: number;
  isSecret: boolean;
  columns: readonly string[];
  /** Relative widths of the columns. */
  widths: readonly number[];
  rows: string[][];
  /** "từ số … đến số …" of the book as printed. */
  range: { from: number; to: number } | null;
  printedOn: string;
};

/**
 * The columns of the registry books of Decree 30/2020 Appendix IV: "Sổ đăng ký văn bản đến" (ngày đến, số đến,
 * tác giả, số ký hiệu, ngày tháng, tên loại và trích yếu nội dung, đơn vị hoặc người nhận, ký nhận, ghi chú) and
 * "Sổ đăng ký văn bản đi" (số ký hiệu, ngày tháng, tên loại và trích yếu nội dung, người ký, nơi nhận, đơn vị /
 * người nhận bản lưu, số lượng bản, ngày chuyển, ký nhận, ghi chú).
 */
export const BOOK_TEXT = {
  vi: {
    nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    title: { incoming: 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN', outgoing: 'SỔ ĐĂNG KÝ VĂN BẢN ĐI' },
    secret: 'MẬT',
    year: (year: number) => `Năm ${year}`,
    range: (from: number, to: number) => `Từ số ${from} đến số ${to}`,
    empty: 'Sổ chưa có văn bản nào',
    printed: (day: string) => `In ngày ${day}`,
    incoming: [
      'Ngày đến',
      'Số đến',
      'Tác giả',
      'Số, ký hiệu',
      'Ngày tháng',
      'Tên loại và trích yếu nội dung',
      'Đơn vị hoặc người nhận',
      'Ký nhận',
      'Ghi chú',
    ],
    outgoing: [
      'Số, ký hiệu văn bản',
      'Ngày tháng văn bản',
      'Tên loại và trích yếu nội dung văn bản',
      'Người ký',
      'Nơi nhận văn bản',
      'Đơn vị, người nhận bản lưu',
      'Số lượng bản',
      'Ngày chuyển',
      'Ký nhận',
      'Ghi chú',
    ],
    sheet: { incoming: 'Sổ văn bản đến', outgoing: 'Sổ văn bản đi' },
    due: (date: string) => `Hạn ${date}`,
    done: 'Đã giải quyết',
  },
  en: {
    nation: 'SOCIALIST REPUBLIC OF VIETNAM',
    motto: 'Independence - Freedom - Happiness',
    title: { incoming: 'REGISTER OF INCOMING DOCUMENTS', outgoing: 'REGISTER OF OUTGOING DOCUMENTS' },
    secret: 'SECRET',
    year: (year: number) => `Year ${year}`,
    range: (from: number, to: number) => `From no. ${from} to no. ${to}`,
    empty: 'The register has no documents yet',
    printed: (day: string) => `Printed on ${day}`,
    incoming: [
      'Received',
      'No.',
      'Author',
      'Number, symbol',
      'Date',
      'Type and abstract',
      'Unit or person',
      'Signature',
      'Notes',
    ],
    outgoing: [
      'Number, symbol',
      'Date',
      'Type and abstract',
      'Signed by',
      'Recipients',
      'Unit, person keeping the file copy',
      'Copies',
      'Sent on',
      'Signature',
      'Notes',
    ],
    sheet: { incoming: 'Incoming', outgoing: 'Outgoing' },
    due: (date: string) => `Due ${date}`,
    done: 'Done',
  },
} as const;

const WIDTHS = {
  incoming: [9, 6, 14, 12, 9, 28, 14, 8, 10],
  outgoing: [12, 9, 26, 11, 16, 11, 6, 9, 8, 9],
} as const;

const marks = (entry: IncomingEntry | OutgoingEntry, lang: Lang) =>
  entry.urgency === 'normal' ? '' : URGENCY_TEXT[entry.urgency][lang];

const typeAndAbstract = (entry: IncomingEntry | OutgoingEntry, lang: Lang) =>
  `${DOCUMENT_TYPES[entry.type][lang]}: ${entry.abstract}`;

const incomingRow = (e: IncomingEntry, lang: Lang): string[] => [
  formatViDate(e.receivedOn),
  String(e.number),
  e.issuingBody,
  e.numberSymbol,
  formatViDate(e.documentDate),
  typeAndAbstract(e, lang),
  [e.unit, e.handler?.fullName].filter(Boolean).join(' – '),
  '',
  [
    marks(e, lang),
    e.dueOn ? BOOK_TEXT[lang].due(formatViDate(e.dueOn)) : '',
    e.status === 'done' ? BOOK_TEXT[lang].done : '',
  ]
    .filter(Boolean)
    .join('; '),
];

const outgoingRow = (e: OutgoingEntry, lang: Lang): string[] => [
  e.numberSymbol,
  formatViDate(e.issuedOn),
  typeAndAbstract(e, lang),
  e.signer ?? '',
  e.recipients.join('; '),
  '',
  e.copies === null ? '' : String(e.copies),
  '',
  '',
  [marks(e, lang), e.replyTo ? `↩ ${e.replyTo.numberSymbol}` : ''].filter(Boolean).join('; '),
];

/** The sheet of a book from its entries in registry order. */
export const registryBookSheet = (
  input: Pick<RegistryBookSheet, 'lang' | 'officeName' | 'year' | 'isSecret' | 'printedOn'>,
  book: { direction: 'incoming'; entries: IncomingEntry[] } | { direction: 'outgoing'; entries: OutgoingEntry[] },
): RegistryBookSheet => {
  const rows =
    book.direction === 'incoming'
      ? book.entries.map((e) => incomingRow(e, input.lang))
      : book.entries.map((e) => outgoingRow(e, input.lang));
  const numbers = book.entries.map((e) => e.number);
  return {
    ...input,
    direction: book.direction,
    columns: BOOK_TEXT[input.lang][book.direction],
    widths: WIDTHS[book.direction],
    rows,
    range: numbers.length > 0 ? { from: Math.min(...numbers), to: Math.max(...numbers) } : null,
  };
};

/** "so-van-ban-den-2026-QNI.pdf" */
export const bookFileName = (sheet: RegistryBookSheet, officeCode: string, ext: 'pdf' | 'xlsx') =>
  `so-van-ban-${sheet.direction === 'incoming' ? 'den' : 'di'}${sheet.isSecret ? '-mat' : ''}-${sheet.year}-${officeCode.replace(/[^A-Za-z0-9-]+/g, '-')}.${ext}`;
