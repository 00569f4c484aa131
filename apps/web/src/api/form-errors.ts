import type { FormInstance } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import { ApiError, errorText } from './problem.ts';

const toNamePath = (field: string): (string | number)[] =>
  field
    .split('.')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * Shows field errors next to their form fields and anything else as a message.
 * Fields the form does not have are reported in the message so nothing is hidden.
 */
export const showFormError = (
  error: unknown,
  lang: string,
  message: MessageInstance,
  form?: FormInstance,
  fieldMap: Record<string, string> = {},
) => {
  const fields = error instanceof ApiError ? error.fields : [];
  const known = new Set(form ? Object.keys(form.getFieldsValue(true) ?? {}) : []);
  const unplaced: string[] = [];
  for (const field of fields) {
    const name = fieldMap[field.field] ?? field.field;
    const text = lang === 'en' ? field.en : field.vi;
    const path = toNamePath(name);
    if (form && known.has(String(path[0]))) form.setFields([{ name: path, errors: [text] }]);
    else unplaced.push(`${field.field}: ${text}`);
  }
  if (fields.length === 0 || unplaced.length > 0) {
    void message.error([errorText(error, lang), ...unplaced].join(' — '));
  }
};
