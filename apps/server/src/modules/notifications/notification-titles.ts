import { formatViDate, type LocalizedText } from '@eprocuracy/domain';

export type DeadlineAlertKind = 'due_soon' | 'overdue';

/** The line an officer reads for one deadline alert, e.g. "Quá hạn: Thời hạn điều tra — vụ án 12/2026/QNI, hạn 30/11/2026". */
export const deadlineAlertTitle = (
  kind: DeadlineAlertKind,
  deadline: { label: LocalizedText; caseCode: string; due: string },
): LocalizedText => {
  const due = formatViDate(deadline.due);
  const head = kind === 'overdue' ? { vi: 'Quá hạn', en: 'Overdue' } : { vi: 'Sắp đến hạn', en: 'Due soon' };
  return {
    vi: `${head.vi}: ${deadline.label.vi} — vụ án ${deadline.caseCode}, hạn ${due}`,
    en: `${head.en}: ${deadline.label.en} — case ${deadline.caseCode}, due ${due}`,
  };
};

export type DigestCounts = {
  /** Deadlines of the officer's own cases. */
  overdue: number;
  dueSoon: number;
  /** For leaders: overdue deadlines of their office's cases. */
  officeOverdue: number;
};

/** The daily summary of one officer, e.g. "Tổng hợp ngày 22/11/2026: 2 việc quá hạn, 5 việc sắp đến hạn". */
export const digestTitle = (date: string, counts: DigestCounts): LocalizedText => {
  const parts: LocalizedText[] = [];
  if (counts.overdue + counts.dueSoon > 0)
    parts.push({
      vi: `${counts.overdue} việc quá hạn, ${counts.dueSoon} việc sắp đến hạn`,
      en: `${counts.overdue} overdue, ${counts.dueSoon} due soon`,
    });
  if (counts.officeOverdue > 0)
    parts.push({
      vi: `đơn vị có ${counts.officeOverdue} việc quá hạn`,
      en: `${counts.officeOverdue} overdue in your office`,
    });
  const day = formatViDate(date);
  return {
    vi: `Tổng hợp ngày ${day}: ${parts.map((p) => p.vi).join('; ')}`,
    en: `Summary for ${day}: ${parts.map((p) => p.en).join('; ')}`,
  };
};
