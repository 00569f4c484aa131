import type { LocalizedText } from '../procedure/day-off.ts';
import { art, t } from '../procedure/rule-builders.ts';
import type { LegalBasis } from '../procedure/rule-types.ts';
import type { CaseSnapshot, QualityStage, SnapshotDefendant, SnapshotVictim } from './case-snapshot.ts';

/** One piece of data a case must hold from a stage on, and how to tell it is there. */
export type Requirement<T> = {
  field: string;
  label: LocalizedText;
  requiredFrom: QualityStage;
  basis?: LegalBasis;
  isPresent: (record: T) => boolean;
  appliesTo?: (record: T) => boolean;
};

const filled = (value: string | undefined): boolean => value !== undefined && value.trim() !== '';
const person = (d: SnapshotDefendant): boolean => !d.isCorporate;

/** What a case needs, stage by stage (đủ): the decisions' mandatory content in the Code. */
export const CASE_REQUIREMENTS: readonly Requirement<CaseSnapshot>[] = [
  {
    field: 'reportReceivedOn',
    label: t('ngày tiếp nhận nguồn tin', 'date the report was received'),
    requiredFrom: 'crime_report',
    basis: art(146, 1),
    isPresent: (c) => filled(c.reportReceivedOn),
  },
  {
    field: 'assignedProsecutorIds',
    label: t('Kiểm sát viên được phân công', 'assigned prosecutor'),
    requiredFrom: 'crime_report',
    basis: art(41, 1, 'c'),
    isPresent: (c) => c.assignedProsecutorIds.length > 0,
  },
  {
    field: 'secrecy',
    label: t('độ mật', 'secrecy level'),
    requiredFrom: 'crime_report',
    isPresent: (c) => c.secrecy !== undefined,
  },
  {
    field: 'opening.number',
    label: t('số quyết định khởi tố vụ án', 'opening decision number'),
    requiredFrom: 'investigation',
    basis: art(132, 2),
    isPresent: (c) => filled(c.opening?.number),
  },
  {
    field: 'opening.date',
    label: t('ngày khởi tố vụ án', 'opening decision date'),
    requiredFrom: 'investigation',
    basis: art(132, 2),
    isPresent: (c) => filled(c.opening?.date),
  },
  {
    field: 'investigatingBody',
    label: t('cơ quan điều tra', 'investigating body'),
    requiredFrom: 'investigation',
    basis: art(154, 2),
    isPresent: (c) => filled(c.investigatingBody),
  },
  {
    field: 'charges',
    label: t('tội danh (điều, khoản BLHS)', 'charge (Penal Code article and clause)'),
    requiredFrom: 'investigation',
    basis: art(154, 1),
    isPresent: (c) => c.charges.length > 0,
  },
  {
    field: 'offenceDate',
    label: t('thời gian xảy ra tội phạm', 'date of the offence'),
    requiredFrom: 'investigation',
    basis: art(85),
    isPresent: (c) => filled(c.offenceDate),
  },
  {
    field: 'defendants',
    label: t('bị can', 'defendant'),
    requiredFrom: 'prosecution',
    basis: art(233),
    isPresent: (c) => c.defendants.length > 0,
  },
  {
    field: 'conclusion.number',
    label: t('số bản kết luận điều tra', 'investigation conclusion number'),
    requiredFrom: 'prosecution',
    basis: art(232, 3),
    isPresent: (c) => filled(c.conclusion?.number),
  },
  {
    field: 'conclusion.date',
    label: t('ngày kết luận điều tra', 'investigation conclusion date'),
    requiredFrom: 'prosecution',
    basis: art(232, 3),
    isPresent: (c) => filled(c.conclusion?.date),
  },
  {
    field: 'evidenceCount',
    label: t('chứng cứ, tài liệu trong hồ sơ', 'evidence in the file'),
    requiredFrom: 'prosecution',
    basis: art(233),
    isPresent: (c) => c.evidenceCount > 0,
  },
  {
    field: 'indictment.number',
    label: t('số cáo trạng', 'indictment number'),
    requiredFrom: 'first_instance_trial',
    basis: art(243),
    isPresent: (c) => filled(c.indictment?.number),
  },
  {
    field: 'indictment.date',
    label: t('ngày cáo trạng', 'indictment date'),
    requiredFrom: 'first_instance_trial',
    basis: art(243),
    isPresent: (c) => filled(c.indictment?.date),
  },
  {
    field: 'judgment.number',
    label: t('số bản án sơ thẩm', 'first-instance judgment number'),
    requiredFrom: 'appeal',
    basis: art(260),
    isPresent: (c) => filled(c.judgment?.number),
  },
  {
    field: 'judgment.date',
    label: t('ngày tuyên án sơ thẩm', 'first-instance judgment date'),
    requiredFrom: 'appeal',
    basis: art(260),
    isPresent: (c) => filled(c.judgment?.date),
  },
];

/** What each defendant needs: the content of the decision to charge (Art. 179(2)), then identity for trial. */
export const DEFENDANT_REQUIREMENTS: readonly Requirement<SnapshotDefendant>[] = [
  {
    field: 'fullName',
    label: t('họ tên bị can', 'defendant’s full name'),
    requiredFrom: 'investigation',
    basis: art(179, 2),
    isPresent: (d) => filled(d.fullName),
  },
  {
    field: 'charges',
    label: t('tội danh của bị can', 'defendant’s charges'),
    requiredFrom: 'investigation',
    basis: art(179, 2),
    isPresent: (d) => d.charges.length > 0,
  },
  {
    field: 'chargedOn',
    label: t('ngày khởi tố bị can', 'date charged'),
    requiredFrom: 'investigation',
    basis: art(179, 2),
    isPresent: (d) => filled(d.chargedOn),
  },
  {
    field: 'address',
    label: t('chỗ ở', 'residence'),
    requiredFrom: 'investigation',
    basis: art(179, 2),
    isPresent: (d) => filled(d.address),
  },
  {
    field: 'birthDate',
    label: t('ngày sinh', 'date of birth'),
    requiredFrom: 'investigation',
    basis: art(179, 2),
    isPresent: (d) => filled(d.birthDate),
    appliesTo: person,
  },
  {
    field: 'sex',
    label: t('giới tính', 'sex'),
    requiredFrom: 'investigation',
    basis: art(179, 2),
    isPresent: (d) => d.sex !== undefined,
    appliesTo: person,
  },
  {
    field: 'idNumber',
    label: t('số căn cước công dân', 'citizen ID number (CCCD)'),
    requiredFrom: 'prosecution',
    basis: art(243),
    isPresent: (d) => filled(d.idNumber),
    appliesTo: person,
  },
];

export const VICTIM_REQUIREMENTS: readonly Requirement<SnapshotVictim>[] = [
  {
    field: 'fullName',
    label: t('họ tên bị hại', 'victim’s full name'),
    requiredFrom: 'prosecution',
    basis: art(243),
    isPresent: (v) => filled(v.fullName),
  },
];
