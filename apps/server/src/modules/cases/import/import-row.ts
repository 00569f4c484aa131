import type { CaseImportColumn, CaseStage, FieldError, LegalDate, MeasureKind, Secrecy } from '@eprocuracy/domain';
import type { StoredSheetRow } from './case-imports.schema.ts';
import {
  parseArticle,
  parseClause,
  parseDate,
  parseIdNumber,
  parseMeasureKind,
  parseMoment,
  parsePoint,
  parseSecrecy,
  parseSex,
  parseStage,
  textProblem,
} from './import-values.ts';

/** Case-level fields of a row; every row of a case must agree on those it gives. */
export type CaseFields = {
  officeCode?: string;
  title?: string;
  openingNumber?: string;
  openedOn?: LegalDate;
  investigatingBody?: string;
  offenceDate?: LegalDate;
  offencePlace?: string;
  stage?: CaseStage;
  stageDate?: LegalDate;
  /** The first-instance judgment's day: a closed case needs it, an appealed one may give it. */
  judgmentDate?: LegalDate;
  secrecy?: Secrecy;
  /** Usernames, lower case, sorted. */
  prosecutors?: string[];
};

export type DefendantFields = {
  ref?: string;
  name?: string;
  birthDate?: LegalDate;
  sex?: 'male' | 'female';
  idNumber?: string;
  address?: string;
};

export type ChargeFields = { article: string; clause: number | null; point: string | null };
export type MeasureFields = { kind: MeasureKind; start: string; end?: LegalDate };

/** One row of the file, read field by field; `errors` name the file's columns. */
export type ParsedRow = {
  row: number;
  caseRef?: string;
  case: CaseFields;
  defendant?: DefendantFields;
  charge?: ChargeFields;
  measure?: MeasureFields;
  errors: FieldError[];
};

export const CASE_FIELD_COLUMNS: Record<keyof CaseFields, CaseImportColumn> = {
  officeCode: 'office_code',
  title: 'title',
  openingNumber: 'opening_number',
  openedOn: 'opened_on',
  investigatingBody: 'investigating_body',
  offenceDate: 'offence_date',
  offencePlace: 'offence_place',
  stage: 'stage',
  stageDate: 'stage_date',
  judgmentDate: 'judgment_date',
  secrecy: 'secrecy',
  prosecutors: 'prosecutor',
};

export const DEFENDANT_FIELD_COLUMNS: Record<keyof DefendantFields, CaseImportColumn> = {
  ref: 'defendant_ref',
  name: 'defendant_name',
  birthDate: 'birth_date',
  sex: 'sex',
  idNumber: 'id_number',
  address: 'address',
};

const TEXT_LIMITS: Partial<Record<CaseImportColumn, number>> = {
  case_ref: 64,
  title: 300,
  opening_number: 64,
  investigating_body: 300,
  offence_place: 300,
  defendant_ref: 64,
  defendant_name: 200,
  address: 300,
};

const MESSAGES = {
  date: { vi: 'Ngày không hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd)', en: 'Invalid date (dd/mm/yyyy or yyyy-mm-dd)' },
  moment: {
    vi: 'Thời điểm không hợp lệ (dd/mm/yyyy, có thể kèm giờ hh:mm)',
    en: 'Invalid date (dd/mm/yyyy, optionally with a time hh:mm)',
  },
  stage: { vi: 'Không có giai đoạn tố tụng này', en: 'No such stage of procedure' },
  secrecy: {
    vi: 'Độ mật: Thường, Mật, Tối mật hoặc Tuyệt mật',
    en: 'Secrecy: normal, secret, top secret or absolute secret',
  },
  sex: { vi: 'Giới tính: Nam hoặc Nữ', en: 'Sex: male or female' },
  idNumber: { vi: 'Số CCCD gồm 12 chữ số (hoặc CMND 9 chữ số)', en: 'A citizen ID has 12 digits (an old ID card 9)' },
  article: { vi: 'Điều luật không hợp lệ (ví dụ 173 hoặc 217a)', en: 'Invalid article (e.g. 173 or 217a)' },
  clause: { vi: 'Khoản là số từ 1 đến 20', en: 'The clause is a number from 1 to 20' },
  point: { vi: 'Điểm là một chữ cái (a, b, c, đ…)', en: 'The point is one letter (a, b, c, đ…)' },
  measure: { vi: 'Không có biện pháp ngăn chặn này', en: 'No such preventive measure' },
  measureMissing: { vi: 'Cần ghi biện pháp ngăn chặn', en: 'Give the preventive measure' },
  measureStart: { vi: 'Cần ngày bắt đầu biện pháp', en: 'Give the start of the measure' },
  prosecutor: { vi: 'Tên đăng nhập không hợp lệ', en: 'Invalid username' },
  extra: { vi: 'Dòng có nhiều ô hơn tiêu đề', en: 'The row has more cells than the header' },
  required: { vi: 'Bắt buộc nhập', en: 'Required' },
} as const;

/** Reads one row of the file into typed fields, collecting a localised error for each unreadable cell. */
export const parseRow = ({ row, values, hasExtraCells }: StoredSheetRow): ParsedRow => {
  const errors: FieldError[] = [];
  const fail = (field: CaseImportColumn | 'row', message: { vi: string; en: string }) =>
    errors.push({ field, ...message });
  const text = (column: CaseImportColumn): string | undefined => {
    const value = values[column];
    const max = TEXT_LIMITS[column];
    const problem = value !== undefined && max !== undefined ? textProblem(value, max) : undefined;
    if (problem) fail(column, problem);
    return problem ? undefined : value;
  };
  const read = <T>(
    column: CaseImportColumn,
    parse: (v: string) => T | undefined,
    message: { vi: string; en: string },
  ) => {
    const value = values[column];
    if (value === undefined) return undefined;
    const parsed = parse(value);
    if (parsed === undefined) fail(column, message);
    return parsed;
  };
  if (hasExtraCells) fail('row', MESSAGES.extra);

  const prosecutors = values.prosecutor
    ?.split(/[;,\s]+/)
    .filter(Boolean)
    .map((u) => u.toLowerCase());
  if (prosecutors?.some((u) => !/^[a-z0-9][a-z0-9._-]{2,63}$/.test(u))) fail('prosecutor', MESSAGES.prosecutor);
  const caseFields: CaseFields = {
    officeCode: values.office_code?.toUpperCase(),
    title: text('title'),
    openingNumber: text('opening_number'),
    openedOn: read('opened_on', parseDate, MESSAGES.date),
    investigatingBody: text('investigating_body'),
    offenceDate: read('offence_date', parseDate, MESSAGES.date),
    offencePlace: text('offence_place'),
    stage: read('stage', parseStage, MESSAGES.stage),
    stageDate: read('stage_date', parseDate, MESSAGES.date),
    judgmentDate: read('judgment_date', parseDate, MESSAGES.date),
    secrecy: read('secrecy', parseSecrecy, MESSAGES.secrecy),
    prosecutors: prosecutors?.length ? [...new Set(prosecutors)].sort() : undefined,
  };

  const defendant: DefendantFields = {
    ref: text('defendant_ref'),
    name: text('defendant_name'),
    birthDate: read('birth_date', parseDate, MESSAGES.date),
    sex: read('sex', parseSex, MESSAGES.sex),
    idNumber: read('id_number', parseIdNumber, MESSAGES.idNumber),
    address: text('address'),
  };
  const hasDefendant = Object.values(defendant).some((v) => v !== undefined);

  const article = read('article', parseArticle, MESSAGES.article);
  const clause = read('clause', parseClause, MESSAGES.clause);
  const point = read('point', parsePoint, MESSAGES.point);
  if (values.article === undefined) fail('article', MESSAGES.required);
  if (values.case_ref === undefined) fail('case_ref', MESSAGES.required);

  const kind = read('measure', parseMeasureKind, MESSAGES.measure);
  const start = read('measure_start', parseMoment, MESSAGES.moment);
  const end = read('measure_end', parseDate, MESSAGES.date);
  const hasMeasure = [values.measure, values.measure_start, values.measure_end].some((v) => v !== undefined);
  if (hasMeasure && values.measure === undefined) fail('measure', MESSAGES.measureMissing);
  if (hasMeasure && values.measure_start === undefined) fail('measure_start', MESSAGES.measureStart);

  return {
    row,
    caseRef: text('case_ref'),
    case: caseFields,
    ...(hasDefendant ? { defendant } : {}),
    ...(article ? { charge: { article, clause: clause ?? null, point: point ?? null } } : {}),
    ...(kind && start ? { measure: { kind, start, ...(end ? { end } : {}) } } : {}),
    errors,
  };
};
