import { z } from 'zod';

const hasControlChars = (s: string): boolean =>
  [...s].some((ch) => {
    const code = ch.charCodeAt(0);
    return (code < 32 && ch !== '\t' && ch !== '\n' && ch !== '\r') || code === 127;
  });

/** Free text from a person: trimmed, no control characters (HTML and SQL are stored as plain text). */
export const zText = (max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((s) => !hasControlChars(s), 'text.control_chars');

export const ZId = z.uuid().describe('UUIDv7 identifier');
export const ZOfficeCode = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Z0-9._-]{0,31}$/, 'office.code_format')
  .describe('Office code, upper-case letters, digits, dot, dash or underscore');
export const ZUsername = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, 'username.format')
  .describe('Sign-in name: 3–64 lower-case letters, digits, dot, dash or underscore');
export const ZLocalDate = z.iso.date().describe('Calendar date (YYYY-MM-DD), Asia/Ho_Chi_Minh');

export const isStrongPassword = (password: string): boolean =>
  password.length >= 12 &&
  /[a-z]/.test(password) &&
  /[A-Z]/.test(password) &&
  /[0-9]/.test(password) &&
  /[^A-Za-z0-9]/.test(password);
export const ZPassword = z.string().max(256).refine(isStrongPassword, 'password.weak');
