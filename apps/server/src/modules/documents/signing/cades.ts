import { createHash } from 'node:crypto';
import type { Certificate } from './certificates.ts';
import { contextTag, derNull, octetString, oid, sequence, setOf, TAG, tlv } from './der.ts';
import { OID } from './oids.ts';
import type { Signer } from './signer.ts';

/**
 * A CAdES detached signature (ETSI EN 319 122-1) as PAdES baseline B-B wants it (ETSI EN 319 142-1, 6.3):
 * signed attributes content-type, message-digest and signing-certificate-v2, and no signing-time attribute,
 * since the claimed signing time goes in the signature dictionary's /M entry. Certificates ride along in
 * the SignedData so a verifier can build the chain.
 */

/** A CMS Attribute: type and a SET of one value. */
export const attribute = (type: string, value: Buffer) => sequence(oid(type), setOf(value));
const algorithm = (type: string, withNull = true) => sequence(oid(type), ...(withNull ? [derNull()] : []));

/** ESS signing-certificate-v2 (RFC 5035): SHA-256 of the signer certificate plus its issuer and serial. */
const signingCertificateV2 = (certificate: Certificate) =>
  sequence(
    sequence(
      sequence(
        // hashAlgorithm is left out: SHA-256 is its DEFAULT, which DER does not encode.
        octetString(createHash('sha256').update(certificate.der).digest()),
        sequence(sequence(tlv(contextTag(4), certificate.issuerDer)), certificate.serialDer),
      ),
    ),
  );

/** The DER SET OF signed attributes over the document digest: what the key signs. */
export const signedAttributes = (documentDigest: Buffer, certificate: Certificate, contentType: string = OID.data) =>
  setOf(
    attribute(OID.contentType, oid(contentType)),
    attribute(OID.messageDigest, octetString(documentDigest)),
    attribute(OID.signingCertificateV2, signingCertificateV2(certificate)),
  );

export type CadesOptions = {
  /** SHA-256 of the signed bytes (for a PDF: the two byte ranges). */
  documentDigest: Buffer;
  signer: Signer;
  /** Unsigned attributes to add once the signature exists (e.g. an RFC 3161 timestamp). */
  unsignedAttributes?: (signature: Buffer) => Promise<Buffer[]>;
  /** Content carried inside instead of detached (a timestamp token's TSTInfo); its digest is `documentDigest`. */
  encapsulated?: { contentType: string; content: Buffer };
};

/** Builds the DER ContentInfo of a SignedData, detached unless `encapsulated` is given. */
export const buildCadesSignature = async ({
  documentDigest,
  signer,
  unsignedAttributes,
  encapsulated,
}: CadesOptions) => {
  const [certificate] = signer.certificateChain;
  if (!certificate) throw new Error('The signer has no certificate');
  const attributes = signedAttributes(documentDigest, certificate, encapsulated?.contentType);
  const signature = await signer.sign(attributes);
  const unsigned = unsignedAttributes ? await unsignedAttributes(signature) : [];
  const signerInfo = sequence(
    tlv(TAG.integer, Buffer.from([1])),
    sequence(certificate.issuerDer, certificate.serialDer),
    algorithm(OID.sha256, false),
    // The same SET with the [0] IMPLICIT tag of SignerInfo.signedAttrs (RFC 5652 5.4).
    Buffer.concat([Buffer.from([contextTag(0)]), attributes.subarray(1)]),
    signer.signatureAlgorithm === 'rsa-sha256' ? algorithm(OID.rsaEncryption) : algorithm(OID.ecdsaWithSha256, false),
    octetString(signature),
    ...(unsigned.length ? [tlv(contextTag(1), ...[...unsigned].sort(Buffer.compare))] : []),
  );
  const signedData = sequence(
    // Version 3 when the content is not id-data (RFC 5652 5.1).
    tlv(TAG.integer, Buffer.from([encapsulated ? 3 : 1])),
    setOf(algorithm(OID.sha256, false)),
    encapsulated
      ? sequence(oid(encapsulated.contentType), tlv(contextTag(0), octetString(encapsulated.content)))
      : sequence(oid(OID.data)),
    tlv(contextTag(0), ...signer.certificateChain.map((c) => c.der)),
    setOf(signerInfo),
  );
  return sequence(oid(OID.signedData), tlv(contextTag(0), signedData));
};
