import { constants, createHash, type KeyObject, verify } from 'node:crypto';
import type { Certificate } from './certificates.ts';
import type { ParsedSignedData } from './cms-parse.ts';
import { child, decodeOid, TAG } from './der.ts';
import { digestName, hashOfSignatureAlgorithm, OID } from './oids.ts';

/** The certificate the SignerInfo names, among those carried in the CMS. */
export const findSignerCertificate = (cms: ParsedSignedData): Certificate | undefined => {
  const id = cms.signerId;
  if ('issuerDer' in id)
    return cms.certificates.find((c) => c.issuerDer.equals(id.issuerDer) && c.serialDer.equals(id.serialDer));
  return cms.certificates.find((c) => c.subjectKeyId?.equals(id.subjectKeyId));
};

/** SHA-2 digest of the signed byte ranges, by the CMS's digest algorithm; undefined for SHA-1 and unknowns. */
export const digestOfRanges = (pdf: Buffer, [a, b, c, d]: [number, number, number, number], algorithm: string) => {
  const name = digestName(algorithm);
  if (!name) return undefined;
  return createHash(name)
    .update(pdf.subarray(a, a + b))
    .update(pdf.subarray(c, c + d))
    .digest();
};

/** Verifies the signature value over `data` (the signed attributes) with the signer's public key. */
export const verifySignatureValue = (cms: ParsedSignedData, data: Buffer, publicKey: KeyObject): boolean => {
  const hash = hashOfSignatureAlgorithm[cms.signatureAlgorithm] ?? digestName(cms.digestAlgorithm);
  if (!hash) return false;
  const key =
    cms.signatureAlgorithm === OID.rsaPss
      ? { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO }
      : publicKey;
  try {
    return verify(hash, data, key, cms.signature);
  } catch {
    return false;
  }
};

/**
 * Does the ESS signing-certificate(-v2) attribute name `certificate`? `undefined` when the CMS has neither,
 * which PAdES baseline forbids and older adbe.pkcs7.detached signers omit.
 */
export const matchesSigningCertificate = (cms: ParsedSignedData, certificate: Certificate): boolean | undefined => {
  const v2 = cms.signedAttributes.get(OID.signingCertificateV2)?.[0];
  const v1 = cms.signedAttributes.get(OID.signingCertificate)?.[0];
  const value = v2 ?? v1;
  if (!value) return undefined;
  const first = child(child(value, 0, 'certs'), 0, 'ESSCertID');
  const parts = first.children();
  const hasAlgorithm = v2 !== undefined && parts[0]?.tag === TAG.sequence;
  const hashName = v2
    ? hasAlgorithm && parts[0]
      ? digestName(decodeOid(child(parts[0], 0, 'hashAlgorithm')))
      : 'sha256'
    : 'sha1';
  const certHash = parts[hasAlgorithm ? 1 : 0];
  if (!hashName || certHash?.tag !== TAG.octetString) return false;
  return createHash(hashName).update(certificate.der).digest().equals(certHash.body);
};
