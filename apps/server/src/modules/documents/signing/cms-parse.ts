import { type Certificate, parseCertificate } from './certificates.ts';
import { child, contextTag, type Der, decodeOid, decodeTime, readDer, TAG } from './der.ts';
import { OID } from './oids.ts';

/** The parts of a CMS SignedData (RFC 5652) a PDF verifier needs, for its first SignerInfo. */
export type ParsedSignedData = {
  certificates: Certificate[];
  crls: Buffer[];
  /** How the SignerInfo names its certificate: issuer and serial, or subject key identifier. */
  signerId: { issuerDer: Buffer; serialDer: Buffer } | { subjectKeyId: Buffer };
  digestAlgorithm: string;
  /** The signed attributes re-tagged as the SET the signature covers; undefined when there are none. */
  signedAttributesDer: Buffer | undefined;
  signedAttributes: Map<string, Der[]>;
  unsignedAttributes: Map<string, Der[]>;
  signatureAlgorithm: string;
  signatureAlgorithmParameters: Der | undefined;
  signature: Buffer;
  /** The encapsulated content when the signature is not detached (adbe.pkcs7.sha1 puts a digest there). */
  encapsulatedContent: Buffer | undefined;
};

const attributesOf = (element: Der | undefined) => {
  const map = new Map<string, Der[]>();
  for (const attribute of element?.children() ?? []) {
    const [type, values] = attribute.children();
    if (type && values) map.set(decodeOid(type), values.children());
  }
  return map;
};

/** Parses the DER of a ContentInfo holding SignedData; padding after it (zeros of /Contents) is ignored. */
export const parseSignedData = (bytes: Buffer): ParsedSignedData => {
  const contentInfo = readDer(bytes);
  if (decodeOid(child(contentInfo, 0, 'contentType')) !== OID.signedData) throw new Error('CMS: not SignedData');
  const signedData = child(child(contentInfo, 1, 'content'), 0, 'SignedData');
  const parts = signedData.children();
  const encap = parts[2];
  const eContent = encap?.children()[1];
  const certificates = parts.find((p) => p.tag === contextTag(0));
  const crls = parts.find((p) => p.tag === contextTag(1));
  const signerInfo = child(parts.at(-1) ?? signedData, 0, 'SignerInfo');
  const info = signerInfo.children();
  const sid = info[1];
  const signed = info.find((p) => p.tag === contextTag(0));
  const unsigned = info.find((p) => p.tag === contextTag(1));
  const afterSigned = info.indexOf(signed ?? info[2] ?? signerInfo) + 1;
  const signatureAlgorithm = info[afterSigned];
  const signature = info[afterSigned + 1];
  if (!sid || !info[2] || !signatureAlgorithm || signature?.tag !== TAG.octetString)
    throw new Error('CMS: malformed SignerInfo');
  return {
    certificates: (certificates?.children() ?? [])
      .filter((c) => c.tag === TAG.sequence)
      .map((c) => parseCertificate(Buffer.from(c.raw))),
    crls: (crls?.children() ?? []).filter((c) => c.tag === TAG.sequence).map((c) => Buffer.from(c.raw)),
    signerId:
      sid.tag === TAG.sequence
        ? { issuerDer: Buffer.from(child(sid, 0, 'issuer').raw), serialDer: Buffer.from(child(sid, 1, 'serial').raw) }
        : { subjectKeyId: Buffer.from(sid.body) },
    digestAlgorithm: decodeOid(child(info[2], 0, 'digestAlgorithm')),
    signedAttributesDer: signed ? Buffer.concat([Buffer.from([TAG.set]), signed.raw.subarray(1)]) : undefined,
    signedAttributes: attributesOf(signed),
    unsignedAttributes: attributesOf(unsigned),
    signatureAlgorithm: decodeOid(child(signatureAlgorithm, 0, 'signatureAlgorithm')),
    signatureAlgorithmParameters: signatureAlgorithm.children()[1],
    signature: Buffer.from(signature.body),
    encapsulatedContent: eContent ? Buffer.from(child(eContent, 0, 'eContent').body) : undefined,
  };
};

/** The signing-time attribute, when the CMS has one (not PAdES baseline). */
export const cmsSigningTime = (cms: ParsedSignedData): Date | undefined => {
  const value = cms.signedAttributes.get(OID.signingTime)?.[0];
  return value ? decodeTime(value) : undefined;
};
