import type { FieldError } from '../errors/codes.ts';
import { catalogueFor, categoryOfCharge, parseArticleRef } from '../penal-code/catalogue.ts';
import { compareDates, isLegalDate, type LegalDate } from '../procedure/calendar.ts';
import { validateCaseDates } from './case-date-order.ts';
import type { CaseSnapshot, SnapshotDefendant } from './case-snapshot.ts';
import { validateCharge } from './charge-validation.ts';

/** Penal Code Art. 12(2): the only offences a person aged 14 to under 16 answers for (very serious or especially serious ones). */
export const YOUTH_LIABLE_ARTICLES: readonly number[] = [
  123, 134, 141, 142, 143, 144, 150, 151, 168, 169, 170, 171, 173, 178, 248, 249, 250, 251, 252, 265, 266, 286, 287,
  289, 290, 299, 303, 304,
];

const CCCD = /^\d{12}$/;

/** Full years from `birth` to `on` (a person is "đủ N tuổi" from their Nth birthday). */
export const ageOn = (birth: LegalDate, on: LegalDate): number => {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
};

const err = (field: string, vi: string, en: string): FieldError => ({ field, vi, en });

const validateAge = (d: SnapshotDefendant, offence: LegalDate, prefix: string): FieldError[] => {
  if (d.isCorporate || !d.birthDate || !isLegalDate(d.birthDate)) return [];
  const age = ageOn(d.birthDate, offence);
  if (age < 14) {
    return [
      err(
        `${prefix}birthDate`,
        `Chưa đủ 14 tuổi khi phạm tội (${age} tuổi; Điều 12 BLHS)`,
        `Under 14 at the offence (${age}; Penal Code Art. 12)`,
      ),
    ];
  }
  if (age >= 16) return [];
  const catalogue = catalogueFor(offence);
  return d.charges.flatMap((charge, i) => {
    const ref = parseArticleRef(charge.article);
    const category = catalogue ? categoryOfCharge(charge, catalogue) : undefined;
    const listed = ref !== undefined && !ref.suffix && YOUTH_LIABLE_ARTICLES.includes(ref.number);
    if (listed && (category === 'very_serious' || category === 'especially_serious')) return [];
    return [
      err(
        `${prefix}charges.${i}`,
        `Người từ đủ 14 đến dưới 16 tuổi chỉ chịu trách nhiệm hình sự về tội rất nghiêm trọng, đặc biệt nghiêm trọng tại các điều liệt kê ở khoản 2 Điều 12 BLHS`,
        `A person aged 14 to under 16 is liable only for very serious or especially serious offences listed in Penal Code Art. 12(2)`,
      ),
    ];
  });
};

/**
 * Problems that make a case's data wrong (đúng): charges not in the Penal Code in force, a defendant
 * under the age of criminal liability (Penal Code Art. 12), a CCCD that is not 12 digits, dates that
 * are invalid, in the future, or out of procedural order (`validateCaseDates`; birth < offence ≤ opening).
 */
export const validateCaseSnapshot = (snapshot: CaseSnapshot, today: LegalDate): FieldError[] => {
  const errors: FieldError[] = validateCaseDates(snapshot, today);

  const openedOn = snapshot.opening?.date && isLegalDate(snapshot.opening.date) ? snapshot.opening.date : today;
  snapshot.charges.forEach((c, i) => {
    errors.push(...validateCharge(c, openedOn, `charges.${i}`));
  });
  snapshot.defendants.forEach((d, i) => {
    const prefix = `defendants.${i}.`;
    const actDate = d.chargedOn && isLegalDate(d.chargedOn) ? d.chargedOn : openedOn;
    d.charges.forEach((c, j) => {
      errors.push(...validateCharge(c, actDate, `${prefix}charges.${j}`));
    });
    if (d.idNumber !== undefined && !d.isCorporate && !CCCD.test(d.idNumber)) {
      errors.push(
        err(
          `${prefix}idNumber`,
          'Số căn cước công dân gồm đúng 12 chữ số',
          'A citizen ID (CCCD) number is exactly 12 digits',
        ),
      );
    }
    if (d.birthDate !== undefined && !isLegalDate(d.birthDate)) {
      errors.push(
        err(`${prefix}birthDate`, 'Ngày sinh không hợp lệ (YYYY-MM-DD)', 'Invalid date of birth (YYYY-MM-DD)'),
      );
      return;
    }
    const offence = d.offenceDate ?? snapshot.offenceDate;
    if (!d.birthDate || !offence || !isLegalDate(offence)) return;
    if (compareDates(d.birthDate, offence) >= 0) {
      errors.push(
        err(`${prefix}birthDate`, 'Ngày sinh phải trước ngày phạm tội', 'The date of birth must be before the offence'),
      );
      return;
    }
    errors.push(...validateAge(d, offence, prefix));
  });
  return errors;
};
