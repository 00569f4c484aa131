import type { FieldError, Problem } from '@eprocuracy/domain';

/** An error answer from the API, carrying its problem+json document (and any extra body fields). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Partial<Problem> & Record<string, unknown>;

  constructor(status: number, problem: Partial<Problem> & Record<string, unknown>) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  get code(): string | undefined {
    return this.problem.code;
  }

  get fields(): FieldError[] {
    return this.problem.fields ?? [];
  }
}

/** The message of an error in the given language. */
export const errorText = (error: unknown, lang: string): string => {
  if (error instanceof ApiError) {
    const { detail_vi, detail_en, detail, title } = error.problem;
    return (lang === 'en' ? detail_en : detail_vi) ?? detail ?? title ?? error.message;
  }
  return error instanceof Error ? error.message : String(error);
};

/** Whether an error is a given API error code. */
export const isApiError = (error: unknown, code: string): error is ApiError =>
  error instanceof ApiError && error.code === code;
