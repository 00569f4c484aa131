import type { LocalizedText } from '../procedure/day-off.ts';
import { art, t } from '../procedure/rule-builders.ts';
import type { LegalBasis } from '../procedure/rule-types.ts';
import type { FileKind } from './file-kinds.ts';

/**
 * One kind of document in a case file. A case file holds the orders and decisions, the procedural
 * records and the evidence and other documents of the case (BLTTHS Art. 131(2)); `kinds` are the
 * forms of file the document may come as.
 */
export type CaseDocumentType = {
  code: string;
  label: LocalizedText;
  basis: LegalBasis;
  kinds: readonly FileKind[];
};

const PAPER: readonly FileKind[] = ['pdf', 'image', 'docx'];
const ANY: readonly FileKind[] = ['pdf', 'image', 'docx', 'audio', 'video'];

/** The catalogue of case-file document types, in the usual order of a file index (bảng kê tài liệu). */
export const CASE_DOCUMENT_TYPES = [
  {
    code: 'crime_report',
    label: t('Tố giác, tin báo về tội phạm, kiến nghị khởi tố', 'Crime report, tip or prosecution request'),
    basis: art(144),
    kinds: PAPER,
  },
  {
    code: 'decision',
    label: t('Lệnh, quyết định, yêu cầu', 'Order, decision or request'),
    basis: art(131, 2, 'a'),
    kinds: PAPER,
  },
  {
    code: 'interrogation_record',
    label: t('Biên bản hỏi cung bị can', 'Record of interrogation of the accused'),
    basis: art(184),
    kinds: PAPER,
  },
  {
    code: 'statement_record',
    label: t('Biên bản ghi lời khai', 'Record of a statement'),
    basis: art(187),
    kinds: PAPER,
  },
  {
    code: 'confrontation_record',
    label: t('Biên bản đối chất', 'Record of a confrontation'),
    basis: art(189),
    kinds: PAPER,
  },
  {
    code: 'investigation_record',
    label: t(
      'Biên bản điều tra khác (khám xét, khám nghiệm, nhận dạng…)',
      'Other investigation record (search, examination, identification…)',
    ),
    basis: art(178),
    kinds: PAPER,
  },
  {
    code: 'evidence_list',
    label: t('Bản kê, biên bản thu giữ vật chứng', 'List or record of seized physical evidence'),
    basis: art(90),
    kinds: PAPER,
  },
  {
    code: 'expert_conclusion',
    label: t('Kết luận giám định', 'Expert conclusion'),
    basis: art(213),
    kinds: PAPER,
  },
  {
    code: 'valuation_conclusion',
    label: t('Kết luận định giá tài sản', 'Property valuation conclusion'),
    basis: art(101),
    kinds: PAPER,
  },
  {
    code: 'photo',
    label: t('Ảnh (hiện trường, vật chứng, nhận dạng)', 'Photograph (scene, evidence, identification)'),
    basis: art(104),
    kinds: ['image', 'pdf'],
  },
  {
    // Interrogation at a detention facility or the investigating body is recorded (Art. 183(6));
    // the recording is part of the case file (TTLT 03/2018 Art. 3(1)).
    code: 'interrogation_recording',
    label: t('Ghi âm, ghi hình có âm thanh hỏi cung, lấy lời khai', 'Audio or video recording of an interrogation'),
    basis: art(183, 6),
    kinds: ['audio', 'video'],
  },
  {
    code: 'electronic_data',
    label: t('Dữ liệu điện tử', 'Electronic data'),
    basis: art(99),
    kinds: ANY,
  },
  {
    code: 'investigation_conclusion',
    label: t('Bản kết luận điều tra', 'Investigation conclusion'),
    basis: art(232),
    kinds: PAPER,
  },
  {
    code: 'indictment',
    label: t('Bản cáo trạng', 'Indictment'),
    basis: art(243),
    kinds: PAPER,
  },
  {
    code: 'other',
    label: t('Tài liệu khác', 'Other document'),
    basis: art(104),
    kinds: ANY,
  },
] as const satisfies readonly CaseDocumentType[];

export type CaseDocumentTypeCode = (typeof CASE_DOCUMENT_TYPES)[number]['code'];

export const CASE_DOCUMENT_TYPE_CODES = CASE_DOCUMENT_TYPES.map((type) => type.code) as [
  CaseDocumentTypeCode,
  ...CaseDocumentTypeCode[],
];

/** The document type with this code, if any. */
export const findCaseDocumentType = (code: string): CaseDocumentType | undefined =>
  CASE_DOCUMENT_TYPES.find((type) => type.code === code);

/** Whether a file of this kind may be filed as this type of document (a recording is not a paper record). */
export const typeAcceptsKind = (code: CaseDocumentTypeCode, kind: FileKind): boolean =>
  findCaseDocumentType(code)?.kinds.includes(kind) ?? false;
