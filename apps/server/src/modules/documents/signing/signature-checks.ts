import type { SignatureCheck } from '@eprocuracy/domain';
import type { Certificate } from './certificates.ts';
import type { ParsedSignedData } from './cms-parse.ts';
import { digestOfRanges } from './cms-verify.ts';
import { OID } from './oids.ts';
import type { PdfSignature } from './pdf-signatures.ts';
import { type Crl, checkRevocation, parseCrl } from './revocation.ts';
import { vietnamIsoTime } from './vietnam-time.ts';

/** The checks of one signature that need only the CMS, the file or the chain, each with its vi/en sentence. */

export const check = (status: SignatureCheck['status'], vi: string, en: string): SignatureCheck => ({ status, vi, en });
export const failedAll = (vi: string, en: string) => check('failed', vi, en);

/** Is the gap between the byte ranges exactly the hex string of /Contents (nothing else left unsigned)? */
const isTightRange = (pdf: Buffer, [a, b, c, d]: PdfSignature['byteRange']) =>
  a === 0 && b < c && c + d <= pdf.length && pdf[b] === 0x3c && pdf[c - 1] === 0x3e;

export const integrityOf = (pdf: Buffer, signature: PdfSignature, cms: ParsedSignedData): SignatureCheck => {
  if (!isTightRange(pdf, signature.byteRange)) {
    return failedAll('Vùng ký (ByteRange) không hợp lệ', 'The signed byte range is malformed');
  }
  const digest = digestOfRanges(pdf, signature.byteRange, cms.digestAlgorithm);
  if (!digest) return failedAll('Thuật toán băm không được chấp nhận', 'The digest algorithm is not accepted');
  const signed = cms.signedAttributes.get(OID.messageDigest)?.[0]?.body;
  if (!signed)
    return failedAll('Chữ ký không có thuộc tính message-digest', 'The signature has no message-digest attribute');
  return digest.equals(signed)
    ? check('passed', 'Nội dung được ký còn nguyên vẹn', 'The signed content is intact')
    : failedAll('Nội dung đã bị thay đổi sau khi ký', 'The signed content was altered');
};

export const profileOf = (
  signature: PdfSignature,
  cms: ParsedSignedData,
  certificateMatch: boolean | undefined,
): SignatureCheck => {
  if (signature.subFilter !== 'ETSI.CAdES.detached') {
    return check(
      'unknown',
      `Chữ ký dạng ${signature.subFilter}, không phải PAdES`,
      `A ${signature.subFilter} signature, not PAdES`,
    );
  }
  if (!cms.signedAttributes.has(OID.signingCertificateV2) || certificateMatch === undefined) {
    return failedAll(
      'Thiếu thuộc tính signing-certificate-v2 (PAdES B-B)',
      'No signing-certificate-v2 attribute (PAdES B-B)',
    );
  }
  if (cms.signedAttributes.has(OID.signingTime)) {
    return failedAll(
      'PAdES không cho phép thuộc tính signing-time trong CMS',
      'PAdES forbids a CMS signing-time attribute',
    );
  }
  return check('passed', 'Đúng hồ sơ PAdES B-B', 'Conforms to PAdES baseline B-B');
};

export const tryCrl = (der: Buffer) => {
  try {
    return [parseCrl(der)];
  } catch {
    return [];
  }
};

export const revocationCheck = (chain: Certificate[], isComplete: boolean, crls: Crl[], at: Date): SignatureCheck => {
  if (!isComplete)
    return check(
      'unknown',
      'Không kiểm tra được khi chuỗi chứng thư chưa đầy đủ',
      'Not checked: the chain is incomplete',
    );
  const result = checkRevocation(chain, crls, at);
  if (result.status === 'revoked') {
    return failedAll(
      `Chứng thư "${result.certificate.subject}" đã bị thu hồi từ ${vietnamIsoTime(result.at)}`,
      `The certificate "${result.certificate.subject}" was revoked on ${vietnamIsoTime(result.at)}`,
    );
  }
  if (result.status === 'unknown') {
    return check(
      'unknown',
      'Không có danh sách thu hồi (CRL) để kiểm tra',
      'No revocation list (CRL) available to check',
    );
  }
  return check('passed', 'Chứng thư không bị thu hồi (theo CRL)', 'Not revoked (per CRL)');
};
