import type { ChangesAfterSigning, SignatureVerification } from '@eprocuracy/domain';
import { buildChain } from './certificate-chain.ts';
import type { Certificate } from './certificates.ts';
import { cmsSigningTime, type ParsedSignedData, parseSignedData } from './cms-parse.ts';
import { findSignerCertificate, matchesSigningCertificate, verifySignatureValue } from './cms-verify.ts';
import { OID } from './oids.ts';
import type { PdfSignature } from './pdf-signatures.ts';
import type { Crl } from './revocation.ts';
import { check, failedAll, integrityOf, profileOf, revocationCheck, tryCrl } from './signature-checks.ts';
import { verifyTimestamp } from './timestamp-token.ts';
import { vietnamIsoTime } from './vietnam-time.ts';

export type TrustSettings = { trustedRoots: Certificate[]; crls: Crl[] };

/** Checks one signature of `pdf`; `changes` says what later updates did (computed by the caller). */
export const verifySignature = (
  pdf: Buffer,
  signature: PdfSignature,
  index: number,
  changes: ChangesAfterSigning,
  trust: TrustSettings,
): SignatureVerification => {
  const base = {
    index,
    fieldName: signature.fieldName,
    subFilter: signature.subFilter,
    reason: signature.reason,
    location: signature.location,
    byteRange: signature.byteRange,
    coversWholeDocument: changes === 'none',
    changesAfterSigning: changes,
  };
  const modification =
    changes === 'other'
      ? failedAll('Tài liệu đã bị sửa đổi sau khi ký', 'The document was changed after signing')
      : changes === 'signatures_only'
        ? check('passed', 'Sau khi ký chỉ thêm chữ ký khác', 'Only further signatures were added after signing')
        : check('passed', 'Chữ ký bao trùm toàn bộ tài liệu', 'The signature covers the whole document');
  let cms: ParsedSignedData;
  try {
    cms = parseSignedData(signature.contents);
  } catch {
    const broken = failedAll('Không đọc được chữ ký (CMS)', 'The signature (CMS) cannot be read');
    const unknown = check('unknown', 'Không kiểm tra được', 'Not checked');
    return {
      ...base,
      signer: null,
      claimedSigningTime: signature.claimedTime?.toISOString() ?? null,
      timestamp: null,
      chain: [],
      checks: {
        integrity: broken,
        signature: broken,
        chain: unknown,
        validity: unknown,
        revocation: unknown,
        keyUsage: unknown,
        modification,
        profile: unknown,
        timestamp: unknown,
      },
      isValid: false,
    };
  }
  const certificate = findSignerCertificate(cms);
  const claimed = signature.claimedTime ?? cmsSigningTime(cms);
  const stamp = verifyTimestamp(
    cms.unsignedAttributes.get(OID.signatureTimeStampToken)?.[0]?.raw,
    cms.signature,
    trust.trustedRoots,
  );
  // A valid timestamp proves when the signature existed; otherwise the signer's claim is all there is.
  const time = stamp.time ?? claimed ?? new Date();
  const source = stamp.time
    ? { vi: 'theo dấu thời gian', en: 'per the timestamp' }
    : { vi: 'thời điểm do người ký khai', en: 'as claimed by the signer' };
  const certificateMatch = certificate ? matchesSigningCertificate(cms, certificate) : undefined;
  const integrity = integrityOf(pdf, signature, cms);
  const signatureCheck = !certificate
    ? failedAll('Không tìm thấy chứng thư của người ký', "The signer's certificate is missing")
    : !cms.signedAttributesDer
      ? failedAll(
          'Chữ ký không có thuộc tính được ký: không hỗ trợ',
          'A signature without signed attributes is not supported',
        )
      : certificateMatch === false
        ? failedAll(
            'Chứng thư không khớp thuộc tính signing-certificate',
            'The certificate does not match the signing-certificate attribute',
          )
        : verifySignatureValue(cms, cms.signedAttributesDer, certificate.x509.publicKey)
          ? check('passed', 'Chữ ký số hợp lệ về mật mã', 'The signature value is cryptographically valid')
          : failedAll('Chữ ký số không hợp lệ', 'The signature value does not verify');
  const built = certificate ? buildChain(certificate, cms.certificates, trust.trustedRoots) : undefined;
  const chain = built?.chain ?? [];
  const chainCheck = built?.trustedRoot
    ? check(
        'passed',
        `Chứng thư được cấp bởi tổ chức tin cậy "${built.trustedRoot.subject}"`,
        `Chains to the trusted root "${built.trustedRoot.subject}"`,
      )
    : failedAll(built?.problem?.vi ?? 'Không có chứng thư', built?.problem?.en ?? 'No certificate');
  const expired = chain.find((c) => time < c.notBefore || time > c.notAfter);
  const at = vietnamIsoTime(time);
  const validity = !certificate
    ? check('unknown', 'Không kiểm tra được', 'Not checked')
    : expired
      ? failedAll(
          `Chứng thư "${expired.subject}" không còn hiệu lực lúc ký (${at})`,
          `The certificate "${expired.subject}" was not valid at signing time (${at})`,
        )
      : check(
          'passed',
          `Các chứng thư còn hiệu lực lúc ký (${at}, ${source.vi})`,
          `Every certificate was valid at signing time (${at}, ${source.en})`,
        );
  const revocation = revocationCheck(
    chain,
    built?.trustedRoot !== undefined,
    [...trust.crls, ...cms.crls.flatMap(tryCrl)],
    time,
  );
  const usage = certificate?.keyUsage;
  const keyUsage = !certificate
    ? check('unknown', 'Không kiểm tra được', 'Not checked')
    : !usage || usage.digitalSignature || usage.nonRepudiation
      ? check('passed', 'Chứng thư được phép dùng để ký', 'The certificate allows signing')
      : failedAll('Chứng thư không được phép dùng để ký', 'The certificate does not allow signing');
  const profile = profileOf(signature, cms, certificateMatch);
  const checks = {
    integrity,
    signature: signatureCheck,
    chain: chainCheck,
    validity,
    revocation,
    keyUsage,
    modification,
    profile,
    timestamp: stamp.check,
  };
  const mayBeUnknown = new Set(['revocation', 'profile', 'timestamp']);
  const isValid = Object.entries(checks).every(
    ([name, c]) => c.status === 'passed' || (c.status === 'unknown' && mayBeUnknown.has(name)),
  );
  return {
    ...base,
    signer: certificate?.identity ?? null,
    claimedSigningTime: claimed?.toISOString() ?? null,
    timestamp: stamp.time && stamp.authority ? { time: stamp.time.toISOString(), authority: stamp.authority } : null,
    chain: chain.map((c) => ({
      subject: c.subject,
      issuer: c.issuer,
      serialNumber: c.serialHex,
      notBefore: c.notBefore.toISOString(),
      notAfter: c.notAfter.toISOString(),
      isTrustedRoot: built?.trustedRoot === c,
    })),
    checks,
    isValid,
  };
};
