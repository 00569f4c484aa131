import type { FieldError } from '../errors/codes.ts';
import { catalogueFor, findArticle } from '../penal-code/catalogue.ts';
import type { LegalDate } from '../procedure/calendar.ts';
import { formatViDate } from '../procedure/calendar.ts';
import type { SnapshotCharge } from './case-snapshot.ts';

// Clauses that state an offence one can be charged under; supplementary penalties and exemptions are not.
const CHARGEABLE = new Set(['penalty', 'preparation', 'corporate', 'reference']);

/**
 * Problems with one charge against the Penal Code catalogue in force on `actDate` (đúng): the article
 * must be an offence in force, the clause must exist and state an offence, a corporate clause needs a
 * point that exists. Field names are prefixed with `field`.
 */
export const validateCharge = (charge: SnapshotCharge, actDate: LegalDate, field: string): FieldError[] => {
  const catalogue = catalogueFor(actDate);
  if (!catalogue) {
    return [
      {
        field,
        vi: `Không có Bộ luật hình sự có hiệu lực ngày ${formatViDate(actDate)}`,
        en: `No Penal Code in force on ${actDate}`,
      },
    ];
  }
  const article = findArticle(charge.article, catalogue);
  if (!article?.isOffence) {
    return [
      {
        field: `${field}.article`,
        vi: `Điều ${charge.article} BLHS không phải là một tội danh`,
        en: `Penal Code Art. ${charge.article} is not an offence`,
      },
    ];
  }
  if (article.isRepealed) {
    return [
      {
        field: `${field}.article`,
        vi: `Điều ${charge.article} BLHS đã bị bãi bỏ`,
        en: `Penal Code Art. ${charge.article} has been repealed`,
      },
    ];
  }
  const numbered = article.clauses.some((c) => c.number !== null);
  if (numbered && (charge.clause === undefined || charge.clause === null)) {
    return [
      {
        field: `${field}.clause`,
        vi: `Cần ghi khoản của Điều ${charge.article} BLHS`,
        en: `Give the clause of Art. ${charge.article}`,
      },
    ];
  }
  const clause = article.clauses.find((c) => c.number === (charge.clause ?? null));
  if (!clause) {
    return [
      {
        field: `${field}.clause`,
        vi: `Điều ${charge.article} BLHS không có khoản ${charge.clause}`,
        en: `Art. ${charge.article} has no clause ${charge.clause}`,
      },
    ];
  }
  if (!CHARGEABLE.has(clause.kind)) {
    return [
      {
        field: `${field}.clause`,
        vi: `Khoản ${charge.clause} Điều ${charge.article} không quy định khung hình phạt của tội`,
        en: `Clause ${charge.clause} of Art. ${charge.article} states no offence`,
      },
    ];
  }
  if (clause.kind === 'corporate' && !clause.corporate?.some((p) => p.point === charge.point)) {
    return [
      {
        field: `${field}.point`,
        vi: `Khoản ${charge.clause} Điều ${charge.article} không có điểm ${charge.point ?? '(trống)'}`,
        en: `Clause ${charge.clause} of Art. ${charge.article} has no point ${charge.point ?? '(none)'}`,
      },
    ];
  }
  return [];
};
