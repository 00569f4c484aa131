import { createHash } from 'node:crypto';
import type { SignatureCheck } from '@eprocuracy/domain';
import { buildChain } from './certificate-chain.ts';
import type { Certificate } from './certificates.ts';
import { parseSignedData } from './cms-parse.ts';
import { findSignerCertificate, verifySignatureValue } from './cms-verify.ts';
import { child, decodeOid, decodeTime, readDer, TAG } from './der.ts';
import { digestName, OID } from './oids.ts';
import { vietnamIsoTime } from './vietnam-time.ts';

/** The fields of an RFC 3161 TSTInfo that a verifier uses. */
export const parseTstInfo = (token: Buffer) => {
  const cms = parseSignedData(token);
  if (!cms.encapsulatedContent) throw new Error('Timestamp: no TSTInfo');
  const info = readDer(cms.encapsulatedContent);
  const fields = info.children();
  const imprint = child(info, 2, 'messageImprint');
  const genTime = fields[4];
  if (genTime?.tag !== TAG.generalizedTime) throw new Error('Timestamp: no genTime');
  const nonce = fields.slice(5).find((f) => f.tag === TAG.integer);
  return {
    cms,
    imprintAlgorithm: decodeOid(child(child(imprint, 0, 'hashAlgorithm'), 0, 'algorithm')),
    imprint: Buffer.from(child(imprint, 1, 'hashedMessage').body),
    genTime: decodeTime(genTime),
    nonce: nonce ? Buffer.from(nonce.body) : undefined,
  };
};

const check = (status: SignatureCheck['status'], vi: string, en: string): SignatureCheck => ({ status, vi, en });

export type TimestampResult = { check: SignatureCheck; time: Date | undefined; authority: string | undefined };

/**
 * Verifies a signature-time-stamp token over `signatureValue`: imprint, the TSA's CMS signature over the
 * TSTInfo, its certificate (id-kp-timeStamping) chaining to a trusted root and valid at genTime.
 */
export const verifyTimestamp = (
  token: Buffer | undefined,
  signatureValue: Buffer,
  trustedRoots: Certificate[],
): TimestampResult => {
  if (!token) {
    return {
      check: check(
        'unknown',
        'Không có dấu thời gian: thời điểm ký do người ký khai',
        'No timestamp: the signing time is claimed by the signer',
      ),
      time: undefined,
      authority: undefined,
    };
  }
  const failed = (vi: string, en: string): TimestampResult => ({
    check: check('failed', vi, en),
    time: undefined,
    authority: undefined,
  });
  try {
    const info = parseTstInfo(token);
    const hash = digestName(info.imprintAlgorithm);
    if (!hash || !createHash(hash).update(signatureValue).digest().equals(info.imprint)) {
      return failed('Dấu thời gian không khớp với chữ ký', 'The timestamp is not over this signature');
    }
    const { cms } = info;
    const tsa = findSignerCertificate(cms);
    const digest = digestName(cms.digestAlgorithm);
    const signedDigest = cms.signedAttributes.get(OID.messageDigest)?.[0]?.body;
    const contentOk =
      digest &&
      cms.encapsulatedContent &&
      signedDigest?.equals(createHash(digest).update(cms.encapsulatedContent).digest());
    if (
      !tsa ||
      !cms.signedAttributesDer ||
      !contentOk ||
      !verifySignatureValue(cms, cms.signedAttributesDer, tsa.x509.publicKey)
    ) {
      return failed('Chữ ký của dấu thời gian không hợp lệ', "The timestamp authority's signature does not verify");
    }
    if (!tsa.x509.keyUsage?.includes(OID.timeStamping)) {
      return failed('Chứng thư không dành cho cấp dấu thời gian', 'The certificate is not for timestamping');
    }
    const built = buildChain(tsa, cms.certificates, trustedRoots);
    if (!built.trustedRoot) return failed(`Dấu thời gian: ${built.problem?.vi}`, `Timestamp: ${built.problem?.en}`);
    if (built.chain.some((c) => info.genTime < c.notBefore || info.genTime > c.notAfter)) {
      return failed(
        'Chứng thư của đơn vị cấp dấu thời gian hết hiệu lực',
        "The timestamp authority's certificate was not valid",
      );
    }
    const at = vietnamIsoTime(info.genTime);
    return {
      check: check(
        'passed',
        `Dấu thời gian hợp lệ (${at}, ${tsa.identity.commonName})`,
        `Valid timestamp (${at}, ${tsa.identity.commonName})`,
      ),
      time: info.genTime,
      authority: tsa.subject,
    };
  } catch {
    return failed('Không đọc được dấu thời gian', 'The timestamp cannot be read');
  }
};
