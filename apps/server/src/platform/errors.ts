import { ERROR_CODES, type ErrorCode, type FieldError, type Problem } from '@eprocuracy/domain';

type Localised = { vi: string; en: string };

/** The one error type of the server; `code` decides the HTTP status and title. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly detail: Localised;
  readonly fields: FieldError[] | undefined;
  constructor(code: ErrorCode, detail?: Localised, fields?: FieldError[]) {
    const base = ERROR_CODES[code];
    super(detail?.en ?? base.en);
    this.code = code;
    this.detail = detail ?? { vi: base.vi, en: base.en };
    this.fields = fields;
  }
}

const NOT_FOUND_BY_KIND: Record<string, Localised> = {
  office: { vi: 'Không tìm thấy đơn vị', en: 'Office not found' },
  officer: { vi: 'Không tìm thấy cán bộ', en: 'Officer not found' },
  oidc_client: { vi: 'Không tìm thấy ứng dụng', en: 'Application not found' },
};

/** Not found (or not readable: the two answers are identical, so existence does not leak). */
export const notFound = (kind?: string) =>
  new AppError(
    'NOT_FOUND',
    (kind && NOT_FOUND_BY_KIND[kind]) || { vi: 'Không tìm thấy bản ghi', en: 'Record not found' },
  );
export const forbidden = () => new AppError('FORBIDDEN');
export const conflict = (detail: Localised, fields?: FieldError[]) => new AppError('CONFLICT', detail, fields);
export const invalid = (fields: FieldError[]) =>
  new AppError(
    'INVALID',
    {
      vi: `Dữ liệu không hợp lệ: ${fields.map((f) => `${f.field} — ${f.vi}`).join('; ')}`,
      en: `Invalid input: ${fields.map((f) => `${f.field} — ${f.en}`).join('; ')}`,
    },
    fields,
  );

/** Builds the RFC 9457 body in the requested language. */
export const toProblem = (error: AppError, lang: 'vi' | 'en'): Problem => {
  const base = ERROR_CODES[error.code];
  return {
    type: `urn:eprocuracy:error:${error.code.toLowerCase()}`,
    title: base[lang],
    status: base.status,
    code: error.code,
    detail: error.detail[lang],
    detail_vi: error.detail.vi,
    detail_en: error.detail.en,
    ...(error.fields ? { fields: error.fields } : {}),
  };
};
