import { type ChargeInput, catalogueFor, findArticle, findClause } from '@eprocuracy/domain';
import { invalid } from '../../platform/errors.ts';

/**
 * A charge checked against the Penal Code in force on `onDate`: the article must be an offence that is not
 * repealed, the clause must exist, and a point must be one of the clause's (Art. 2, 7 PC: the law in force).
 */
export const checkCharge = (charge: ChargeInput, onDate: string, field: string) => {
  const catalogue = catalogueFor(onDate);
  const article = catalogue && findArticle(charge.article, catalogue);
  if (!catalogue || !article?.isOffence || article.isRepealed) {
    throw invalid([
      {
        field: `${field}.article`,
        vi: `Bộ luật Hình sự có hiệu lực ngày ${onDate} không có tội danh tại Điều ${charge.article}`,
        en: `The Penal Code in force on ${onDate} has no offence at Article ${charge.article}`,
      },
    ]);
  }
  const clause = findClause(charge.article, charge.clause ?? null, catalogue);
  if (!clause) {
    throw invalid([
      {
        field: `${field}.clause`,
        vi: `Điều ${charge.article} không có khoản ${charge.clause ?? '(không ghi)'}`,
        en: `Article ${charge.article} has no clause ${charge.clause ?? '(none given)'}`,
      },
    ]);
  }
  return {
    article: charge.article.toLowerCase(),
    clause: charge.clause ?? null,
    point: charge.point ?? null,
    catalogue,
  };
};
