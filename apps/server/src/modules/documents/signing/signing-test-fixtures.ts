import type { SignatureVerification } from '@eprocuracy/domain';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import PdfKitDocument from 'pdfkit';
import { FONT_REGULAR } from '../../case-files/print/print-fonts.ts';
import {
  createDemoAuthority,
  type DemoAuthority,
  type IssueOptions,
  issueCertificate,
  type KeyedCertificate,
} from './demo-ca.ts';
import type { TrustSettings } from './verify-signature.ts';

/** A plain A4 PDF of `pages` pages of ASCII text (pdf-lib; object streams optional). */
export const makeTestPdf = async (pages = 3, { useObjectStreams = false } = {}) => {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  for (let n = 1; n <= pages; n++) {
    const page = doc.addPage([595.28, 841.89]);
    for (let line = 0; line < 40; line++) {
      page.drawText(`Page ${n}, line ${line + 1}: Vien kiem sat nhan dan tinh Quang Ninh - test document.`, {
        x: 60,
        y: 780 - line * 18,
        size: 11,
        font,
      });
    }
  }
  return Buffer.from(await doc.save({ useObjectStreams }));
};

/** A PDF as the server's pdfkit renderers make them: Vietnamese text in Noto Serif, classic cross-reference table. */
export const makePdfkitPdf = (pages = 2) =>
  new Promise<Buffer>((resolve, reject) => {
    const doc = new PdfKitDocument({ size: 'A4', margin: 56 });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('serif', FONT_REGULAR).font('serif').fontSize(13);
    for (let n = 1; n <= pages; n++) {
      if (n > 1) doc.addPage();
      doc.text(`VIỆN KIỂM SÁT NHÂN DÂN TỈNH QUẢNG NINH — trang ${n}`, { align: 'center' });
      doc.moveDown().text('Quyết định phê chuẩn lệnh bắt bị can để tạm giam. '.repeat(20));
    }
    doc.end();
  });

export const OFFICE = 'Viện kiểm sát nhân dân tỉnh Quảng Ninh';

/** The officer and office certificates of a test run, issued by a fresh demo authority. */
export type TestIdentities = { authority: DemoAuthority; officer: KeyedCertificate; office: KeyedCertificate };

export const issueTestIdentities = (authority = createDemoAuthority('eProcuracy test')): TestIdentities => ({
  authority,
  officer: issueCertificate({
    kind: 'personal',
    issuer: authority.issuing,
    subject: { commonName: 'Nguyễn Văn An', title: 'Phó Viện trưởng', organisation: OFFICE, locality: 'Quảng Ninh' },
  }),
  office: issueCertificate({
    kind: 'organisational',
    issuer: authority.issuing,
    subject: { commonName: OFFICE, organisation: OFFICE, locality: 'Quảng Ninh' },
  }),
});

/** An officer certificate with other dates or another issuer. */
export const issueOfficer = (options: Partial<IssueOptions> & Pick<IssueOptions, 'issuer'>) =>
  issueCertificate({
    kind: 'personal',
    subject: { commonName: 'Trần Thị Bình', title: 'Kiểm sát viên', organisation: OFFICE },
    ...options,
  });

/** The trust settings of a test: the authority's root, and the CRLs given. */
export const trustOf = (authority: DemoAuthority, crls: TrustSettings['crls'] = []): TrustSettings => ({
  trustedRoots: [authority.root.certificate],
  crls,
});

/** The checks of a report's signature that did not pass, as `name:status` (no timestamp, B-B's normal case, left out). */
export const notPassed = (signature: SignatureVerification | undefined) =>
  Object.entries(signature?.checks ?? {})
    .filter(([name, check]) => check.status !== 'passed' && !(name === 'timestamp' && check.status === 'unknown'))
    .map(([name, check]) => `${name}:${check.status}`);
