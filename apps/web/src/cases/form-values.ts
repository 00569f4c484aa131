import type { Dayjs } from 'dayjs';

/** A charge as the form holds it (the clause picker clears to null, the point input to ''). */
export type ChargeValues = { article: string; clause?: number | null; point?: string };

/** The charge as the API takes it: empty clause and point left out. */
export const compactCharge = ({ article, clause, point }: ChargeValues) => ({
  article,
  ...(clause ? { clause } : {}),
  ...(point?.trim() ? { point: point.trim().toLowerCase() } : {}),
});

/** `{ [key]: text }` when the text is not blank, else nothing (optional API fields reject ''). */
export const textOf = <K extends string>(key: K, text: string | undefined | null) =>
  (text?.trim() ? { [key]: text } : {}) as Partial<Record<K, string>>;

/** `{ [key]: 'YYYY-MM-DD' }` when a date was picked. */
export const dateOf = <K extends string>(key: K, date: Dayjs | null | undefined, format = 'YYYY-MM-DD') =>
  (date ? { [key]: date.format(format) } : {}) as Partial<Record<K, string>>;

/** `{ [key]: n }` when a number was entered. */
export const numberOf = <K extends string>(key: K, n: number | null | undefined) =>
  (typeof n === 'number' ? { [key]: n } : {}) as Partial<Record<K, number>>;
