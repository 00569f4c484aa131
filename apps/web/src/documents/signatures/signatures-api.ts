import type { SignatureReport } from '@eprocuracy/domain';
import { api } from '../../api/client.ts';

export const VERIFY_URL = '/api/signatures/verify';

/** Sends one PDF to be verified; the server keeps only an audit line, not the file. */
export const verifySignedPdf = (file: File) => {
  const body = new FormData();
  body.append('file', file);
  return api<SignatureReport>('POST', VERIFY_URL, body);
};

export type Verdict = 'valid' | 'invalid' | 'unsigned';
export const verdictOf = (report: SignatureReport): Verdict =>
  report.signatures.length === 0 ? 'unsigned' : report.isValid ? 'valid' : 'invalid';

/** Offers the report as a JSON file named after the verified PDF. */
export const downloadReport = (report: SignatureReport, pdfName: string) => {
  const blob = new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${pdfName.replace(/\.pdf$/i, '')}.signature-report.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};
