import type { z } from 'zod';
import type { FieldError } from './codes.ts';

/** Messages of custom refinements, keyed by the message string the refinement throws. */
const CUSTOM: Record<string, { vi: string; en: string }> = {
  'password.weak': {
    vi: 'Mật khẩu phải có ít nhất 12 ký tự, gồm chữ hoa, chữ thường, chữ số và ký tự đặc biệt',
    en: 'Password needs at least 12 characters with upper and lower case letters, a digit and a symbol',
  },
  'office.parent_required': {
    vi: 'Đơn vị cấp dưới phải có đơn vị cấp trên',
    en: 'A lower-level office needs a parent office',
  },
  'text.control_chars': { vi: 'Không được chứa ký tự điều khiển', en: 'Must not contain control characters' },
  'username.format': {
    vi: 'Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới',
    en: 'Username: 3–64 characters of lower-case letters without diacritics, digits, dot, dash or underscore',
  },
  'id_number.format': {
    vi: 'Số định danh gồm 9–13 chữ số (CCCD 12 số, mã số doanh nghiệp 10 hoặc 13 số)',
    en: 'Identity number: 9–13 digits (12-digit citizen ID, 10- or 13-digit enterprise code)',
  },
  'article.format': {
    vi: 'Điều luật là số, có thể kèm một chữ cái (ví dụ 173 hoặc 217a)',
    en: 'An article is a number, optionally followed by one letter (e.g. 173 or 217a)',
  },
  'point.format': { vi: 'Điểm là một chữ cái (ví dụ a, b, đ)', en: 'A point is one letter (e.g. a, b, đ)' },
  'office.code_format': {
    vi: 'Mã đơn vị gồm tối đa 32 ký tự: chữ in hoa không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới',
    en: 'Office code: up to 32 upper-case letters without diacritics, digits, dot, dash or underscore',
  },
  'phone.format': { vi: 'Số điện thoại gồm 8–20 chữ số', en: 'Phone number of 8–20 digits' },
  'totp.format': { vi: 'Mã xác thực gồm 6 chữ số', en: 'The code has 6 digits' },
  'date.invalid': { vi: 'Ngày không hợp lệ (YYYY-MM-DD)', en: 'Invalid date (YYYY-MM-DD)' },
};

const describe = (issue: z.core.$ZodIssue): { vi: string; en: string } => {
  const custom = CUSTOM[issue.message];
  if (custom) return custom;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { vi: 'Bắt buộc nhập', en: 'Required' }
        : { vi: `Sai kiểu dữ liệu, cần ${issue.expected}`, en: `Wrong type, expected ${issue.expected}` };
    case 'too_small':
      return issue.origin === 'string'
        ? { vi: `Cần ít nhất ${issue.minimum} ký tự`, en: `Needs at least ${issue.minimum} characters` }
        : { vi: `Phải lớn hơn hoặc bằng ${issue.minimum}`, en: `Must be at least ${issue.minimum}` };
    case 'too_big':
      return issue.origin === 'string'
        ? { vi: `Tối đa ${issue.maximum} ký tự`, en: `At most ${issue.maximum} characters` }
        : { vi: `Phải nhỏ hơn hoặc bằng ${issue.maximum}`, en: `Must be at most ${issue.maximum}` };
    case 'invalid_format':
      return { vi: `Sai định dạng (${issue.format})`, en: `Invalid format (${issue.format})` };
    case 'invalid_value':
      return {
        vi: `Giá trị không hợp lệ, chọn một trong: ${issue.values.join(', ')}`,
        en: `Invalid value, expected one of: ${issue.values.join(', ')}`,
      };
    case 'unrecognized_keys':
      return { vi: `Trường không được phép: ${issue.keys.join(', ')}`, en: `Unknown field: ${issue.keys.join(', ')}` };
    default:
      return { vi: 'Giá trị không hợp lệ', en: 'Invalid value' };
  }
};

/** Turns zod issues into field errors with Vietnamese and English messages. */
export const toFieldErrors = (issues: readonly z.core.$ZodIssue[], prefix = ''): FieldError[] =>
  issues.flatMap((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: path ? `${path}.${key}` : key, ...describe(issue) }));
    }
    return [{ field: path || '(body)', ...describe(issue) }];
  });
