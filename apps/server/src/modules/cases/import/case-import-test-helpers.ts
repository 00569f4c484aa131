import { randomBytes } from 'node:crypto';
import { addDays, CASE_IMPORT_COLUMNS, type CaseImportColumn, type CaseImportView } from '@eprocuracy/domain';
import Papa from 'papaparse';
import { todayInVietnam } from '../../../platform/time.ts';
import type { TestClient } from '../../../test/client.ts';

export type CsvRow = Partial<Record<CaseImportColumn, string>>;

const KEYS = Object.keys(CASE_IMPORT_COLUMNS) as CaseImportColumn[];

/** A legacy file as CSV with the English column names. */
export const caseCsv = (rows: readonly CsvRow[]) =>
  `${Papa.unparse([KEYS, ...rows.map((r) => KEYS.map((k) => r[k] ?? ''))], { newline: '\r\n' })}\r\n`;

const today = todayInVietnam();
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** `days` days ago, as a Vietnamese register writes it (dd/mm/yyyy). */
export const daysAgo = (days: number) => dmy(addDays(today, -days));

/** A row of a theft case of the Quảng Ninh office, opened 60 days ago; fields can be overridden. */
export const caseRow = (ref: string, overrides: CsvRow = {}): CsvRow => ({
  case_ref: ref,
  office_code: 'QNI',
  title: `Vụ trộm cắp ${ref}`,
  opening_number: `${ref}/QĐ-CSĐT`,
  opened_on: daysAgo(60),
  investigating_body: 'Cơ quan CSĐT Công an tỉnh Quảng Ninh',
  offence_date: daysAgo(65),
  offence_place: 'Hạ Long',
  stage: 'Điều tra',
  defendant_ref: `${ref}-BC1`,
  defendant_name: 'Trần Văn Bình',
  birth_date: '01/05/1990',
  sex: 'Nam',
  id_number: '022090001234',
  address: 'Hạ Long, Quảng Ninh',
  article: '173',
  clause: '1',
  prosecutor: 'ksv.quangninh',
  ...overrides,
});

/** A multipart/form-data body as a browser sends it. */
export const multipart = (file: { name: string; data: Buffer | string }, fields: Record<string, string>) => {
  const boundary = `----eproc${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = Object.entries(fields).map(([name, value]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
  );
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    Buffer.isBuffer(file.data) ? file.data : Buffer.from(file.data),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
};

/** Uploads a case file with the client's session and CSRF token. */
export const uploadCases = async (
  client: TestClient,
  file: { name: string; data: Buffer | string },
  fields: Record<string, string> = {},
) => {
  if (!client.csrf) client.csrf = (await client.get('/api/auth/csrf')).body.token;
  const { payload, contentType } = multipart(file, fields);
  const response = await client.app.inject({
    method: 'POST',
    url: '/api/case-imports',
    payload,
    headers: {
      'content-type': contentType,
      cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'x-csrf-token': client.csrf ?? '',
    },
  });
  return { status: response.statusCode, body: response.json() };
};

const FINISHED = ['done', 'rejected', 'failed'];

/** Polls the import until its job has finished, as the page does. */
export const waitForImport = async (client: TestClient, id: string): Promise<CaseImportView> => {
  for (let waited = 0; waited < 120_000; waited += 25) {
    const view = (await client.get(`/api/case-imports/${id}`)).body as CaseImportView;
    if (FINISHED.includes(view.status)) return view;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`import ${id} did not finish`);
};
