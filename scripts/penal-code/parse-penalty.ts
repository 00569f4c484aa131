import type {
  CorporatePenalty,
  PenaltyKind,
  PenaltyRange,
  SupplementaryKind,
  SupplementaryPenalty,
} from '../../packages/domain/src/penal-code/penalty.ts';

const TERM = String.raw`(\d+) (năm|tháng)`;
const IMPRISONMENT_RANGE = new RegExp(`phạt tù từ ${TERM} đến ${TERM}`);
const IMPRISONMENT_UP_TO = new RegExp(`phạt tù đến ${TERM}`);
const IMPRISONMENT_FIXED = new RegExp(`phạt tù ${TERM}`);
const REFORM = new RegExp(`cải tạo không giam giữ (?:từ ${TERM} )?đến ${TERM}`);
const FINE = /phạt tiền từ ([\d.]+) đồng đến (?:dưới )?([\d.]+) đồng/;
const SUSPENSION = new RegExp(`đình chỉ hoạt động có thời hạn từ ${TERM} đến ${TERM}`);
// The last "bị phạt" / "bị xử phạt" that is not an earlier administrative sanction names the range.
const PENALTY_VERB = /(?:bị (?:xử )?|thì )phạt(?! vi phạm hành chính)/g;
const SENTENCE_END = /[:;]|\.(?!\d)/;

/** Months in a term written "05 năm" or "06 tháng". */
export const toMonths = (count: string | undefined, unit: string | undefined): number => {
  if (count === undefined || unit === undefined) throw new Error('missing term');
  return unit === 'năm' ? Number(count) * 12 : Number(count);
};

/** Amount in đồng written "50.000.000". */
export const toDong = (amount: string | undefined): number => Number((amount ?? '').replaceAll('.', ''));

/** The words that state a clause's penalty: from its last "bị phạt" to the end of that sentence. */
export const findPenaltyPhrase = (text: string): string | undefined => {
  const matches = [...text.matchAll(PENALTY_VERB)];
  const last = matches.at(-1);
  if (last?.index === undefined) return undefined;
  const rest = text.slice(last.index);
  const end = rest.search(SENTENCE_END);
  return end < 0 ? rest : rest.slice(0, end);
};

/** The principal penalty range stated in a phrase, or undefined when it states none. */
export const parsePenaltyRange = (phrase: string): PenaltyRange | undefined => {
  const kinds = new Set<PenaltyKind>();
  const range: Omit<PenaltyRange, 'kinds'> = {};
  if (/cảnh cáo/.test(phrase)) kinds.add('warning');
  const fine = FINE.exec(phrase);
  if (fine) {
    kinds.add('fine');
    range.fineMin = toDong(fine[1]);
    range.fineMax = toDong(fine[2]);
  }
  const reform = REFORM.exec(phrase);
  if (reform) {
    kinds.add('non_custodial_reform');
    range.reformMaxMonths = toMonths(reform[3], reform[4]);
  }
  const between = IMPRISONMENT_RANGE.exec(phrase);
  const upTo = IMPRISONMENT_UP_TO.exec(phrase);
  const fixed = IMPRISONMENT_FIXED.exec(phrase);
  if (between) {
    range.minMonths = toMonths(between[1], between[2]);
    range.maxMonths = toMonths(between[3], between[4]);
  } else if (upTo) {
    range.maxMonths = toMonths(upTo[1], upTo[2]);
  } else if (fixed) {
    range.minMonths = toMonths(fixed[1], fixed[2]);
    range.maxMonths = range.minMonths;
  }
  if (range.maxMonths !== undefined) kinds.add('imprisonment');
  if (/tù chung thân/.test(phrase)) kinds.add('life');
  if (/tử hình/.test(phrase)) kinds.add('death');
  if (/trục xuất/.test(phrase)) kinds.add('expulsion');
  if (kinds.size === 0) return undefined;
  return { kinds: [...kinds], ...range };
};

const SUPPLEMENTARY_WORDS: [SupplementaryKind, RegExp][] = [
  ['fine', /phạt tiền/],
  ['ban_from_office', /cấm đảm nhiệm chức vụ|cấm hành nghề/],
  ['residence_ban', /cấm cư trú/],
  ['probation', /quản chế/],
  ['deprivation_of_rights', /tước một số quyền công dân/],
  ['confiscation', /tịch thu/],
  ['expulsion', /trục xuất/],
  ['business_ban', /cấm kinh doanh|cấm hoạt động trong/],
  ['capital_raising_ban', /cấm huy động vốn/],
];

/** The additional penalties a clause allows ("còn có thể bị …"), or undefined when it names none. */
export const parseSupplementary = (text: string): SupplementaryPenalty | undefined => {
  const kinds = SUPPLEMENTARY_WORDS.filter(([, words]) => words.test(text)).map(([kind]) => kind);
  if (kinds.length === 0) return undefined;
  const fine = FINE.exec(text);
  return { kinds, ...(fine ? { fineMin: toDong(fine[1]), fineMax: toDong(fine[2]) } : {}) };
};

/** A commercial legal person's penalty in a phrase, or undefined when it states none. */
export const parseCorporatePenalty = (phrase: string): CorporatePenalty | undefined => {
  const penalty: CorporatePenalty = { kinds: [] };
  const fine = FINE.exec(phrase);
  if (fine) {
    penalty.kinds.push('fine');
    penalty.fineMin = toDong(fine[1]);
    penalty.fineMax = toDong(fine[2]);
  }
  const suspension = SUSPENSION.exec(phrase);
  if (suspension) {
    penalty.kinds.push('suspension');
    penalty.suspensionMinMonths = toMonths(suspension[1], suspension[2]);
    penalty.suspensionMaxMonths = toMonths(suspension[3], suspension[4]);
  }
  if (/đình chỉ hoạt động vĩnh viễn/.test(phrase)) penalty.kinds.push('permanent_suspension');
  return penalty.kinds.length > 0 ? penalty : undefined;
};
