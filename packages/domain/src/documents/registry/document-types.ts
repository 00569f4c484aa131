/**
 * Kinds of administrative document (Decree 30/2020/NĐ-CP Art. 7) with the abbreviations of Appendix III used in a
 * document's symbol. A công văn and a thư công have no type abbreviation: their symbol is the office's and the
 * drafting unit's (Appendix I, part II, item 3). `other` is for incoming documents of other systems (laws, court
 * judgments, procedural documents of the police) whose number and symbol are copied as written.
 */
export const DOCUMENT_TYPES = {
  resolution: { vi: 'Nghị quyết (cá biệt)', en: 'Resolution (individual)', abbreviation: 'NQ' },
  decision: { vi: 'Quyết định (cá biệt)', en: 'Decision (individual)', abbreviation: 'QĐ' },
  directive: { vi: 'Chỉ thị', en: 'Directive', abbreviation: 'CT' },
  statute: { vi: 'Quy chế', en: 'Statute', abbreviation: 'QC' },
  regulation: { vi: 'Quy định', en: 'Regulation', abbreviation: 'QyĐ' },
  communique: { vi: 'Thông cáo', en: 'Communiqué', abbreviation: 'TC' },
  notice: { vi: 'Thông báo', en: 'Notice', abbreviation: 'TB' },
  guidance: { vi: 'Hướng dẫn', en: 'Guidance', abbreviation: 'HD' },
  programme: { vi: 'Chương trình', en: 'Programme', abbreviation: 'CTr' },
  plan: { vi: 'Kế hoạch', en: 'Plan', abbreviation: 'KH' },
  option: { vi: 'Phương án', en: 'Option paper', abbreviation: 'PA' },
  scheme: { vi: 'Đề án', en: 'Scheme', abbreviation: 'ĐA' },
  project: { vi: 'Dự án', en: 'Project', abbreviation: 'DA' },
  report: { vi: 'Báo cáo', en: 'Report', abbreviation: 'BC' },
  minutes: { vi: 'Biên bản', en: 'Minutes', abbreviation: 'BB' },
  submission: { vi: 'Tờ trình', en: 'Submission', abbreviation: 'TTr' },
  contract: { vi: 'Hợp đồng', en: 'Contract', abbreviation: 'HĐ' },
  official_letter: { vi: 'Công văn', en: 'Official letter', abbreviation: null },
  official_telegram: { vi: 'Công điện', en: 'Official telegram', abbreviation: 'CĐ' },
  memorandum: { vi: 'Bản ghi nhớ', en: 'Memorandum of understanding', abbreviation: 'GN' },
  agreement: { vi: 'Bản thỏa thuận', en: 'Agreement', abbreviation: 'TTh' },
  power_of_attorney: { vi: 'Giấy ủy quyền', en: 'Power of attorney', abbreviation: 'GUQ' },
  invitation: { vi: 'Giấy mời', en: 'Invitation', abbreviation: 'GM' },
  introduction: { vi: 'Giấy giới thiệu', en: 'Letter of introduction', abbreviation: 'GGT' },
  leave_permit: { vi: 'Giấy nghỉ phép', en: 'Leave permit', abbreviation: 'GNP' },
  dispatch_slip: { vi: 'Phiếu gửi', en: 'Dispatch slip', abbreviation: 'PG' },
  transfer_slip: { vi: 'Phiếu chuyển', en: 'Transfer slip', abbreviation: 'PC' },
  notification_slip: { vi: 'Phiếu báo', en: 'Notification slip', abbreviation: 'PB' },
  public_letter: { vi: 'Thư công', en: 'Public letter', abbreviation: null },
  other: { vi: 'Văn bản khác', en: 'Other document', abbreviation: null },
} as const satisfies Record<string, { vi: string; en: string; abbreviation: string | null }>;

export type DocumentType = keyof typeof DOCUMENT_TYPES;
export const DOCUMENT_TYPE_CODES = Object.keys(DOCUMENT_TYPES) as [DocumentType, ...DocumentType[]];
/** Types an office issues itself (Art. 7); `other` only arrives from outside. */
export const OUTGOING_TYPE_CODES = DOCUMENT_TYPE_CODES.filter((code) => code !== 'other') as [
  DocumentType,
  ...DocumentType[],
];

/** Mức độ khẩn (Decree 30 Art. 8(3)(b), Appendix I part II item 11): thường, khẩn, thượng khẩn, hỏa tốc. */
export const URGENCY_LEVELS = ['normal', 'urgent', 'very_urgent', 'flash'] as const;
export type Urgency = (typeof URGENCY_LEVELS)[number];
export const URGENCY_TEXT: Record<Urgency, { vi: string; en: string }> = {
  normal: { vi: 'Thường', en: 'Normal' },
  urgent: { vi: 'Khẩn', en: 'Urgent' },
  very_urgent: { vi: 'Thượng khẩn', en: 'Very urgent' },
  flash: { vi: 'Hỏa tốc', en: 'Flash' },
};
