import { z } from 'zod';

/** `unknown`: the check could not be made (no revocation data, a profile the checker does not know). */
export const SIGNATURE_CHECK_STATUSES = ['passed', 'failed', 'unknown'] as const;
export const ZSignatureCheckStatus = z.enum(SIGNATURE_CHECK_STATUSES);
export type SignatureCheckStatus = z.infer<typeof ZSignatureCheckStatus>;

/** One check of one signature, with a sentence saying why in Vietnamese and English. */
export const ZSignatureCheck = z.object({
  status: ZSignatureCheckStatus,
  vi: z.string(),
  en: z.string(),
});
export type SignatureCheck = z.infer<typeof ZSignatureCheck>;

/** Who a certificate names (from its subject), with its serial number in hex and issuer. */
export const ZSignerIdentity = z.object({
  commonName: z.string().describe('CN: the officer or the office'),
  title: z.string().optional().describe('T: position, when the certificate carries it'),
  organisation: z.string().optional(),
  organisationalUnits: z.array(z.string()),
  locality: z.string().optional(),
  country: z.string().optional(),
  serialNumber: z.string().describe('Certificate serial number, lower-case hex'),
  subject: z.string().describe('The whole subject, most specific first: "CN=…, O=…"'),
  issuer: z.string(),
});
export type SignerIdentity = z.infer<typeof ZSignerIdentity>;

export const ZChainCertificate = z.object({
  subject: z.string(),
  issuer: z.string(),
  serialNumber: z.string(),
  notBefore: z.iso.datetime(),
  notAfter: z.iso.datetime(),
  isTrustedRoot: z.boolean(),
});
export type ChainCertificate = z.infer<typeof ZChainCertificate>;

/**
 * What happened to the file after this signature: `none` (the signature covers the whole file),
 * `signatures_only` (later incremental updates only add signatures), `other` (anything else changed).
 */
export const ZChangesAfterSigning = z.enum(['none', 'signatures_only', 'other']);
export type ChangesAfterSigning = z.infer<typeof ZChangesAfterSigning>;

export const ZSignatureVerification = z.object({
  /** Order of the signature in the file, the first signed being 0. */
  index: z.number().int().min(0),
  fieldName: z.string(),
  subFilter: z.string().describe('ETSI.CAdES.detached for PAdES; adbe.pkcs7.detached for older signers'),
  signer: ZSignerIdentity.nullable(),
  claimedSigningTime: z.iso.datetime().nullable().describe('The /M entry (PAdES) or the CMS signing-time attribute'),
  timestamp: z
    .object({ time: z.iso.datetime(), authority: z.string() })
    .nullable()
    .describe('A valid RFC 3161 signature timestamp: then validity and revocation are judged at its time'),
  reason: z.string().optional(),
  location: z.string().optional(),
  byteRange: z.tuple([z.number().int(), z.number().int(), z.number().int(), z.number().int()]),
  coversWholeDocument: z.boolean(),
  changesAfterSigning: ZChangesAfterSigning,
  chain: z.array(ZChainCertificate).describe('From the signer up to the trusted root when one was found'),
  checks: z.object({
    integrity: ZSignatureCheck.describe('The digest of the signed byte ranges matches the signed message digest'),
    signature: ZSignatureCheck.describe("The CMS signature verifies with the signer's public key"),
    chain: ZSignatureCheck.describe('The certificate chains to a configured trusted root'),
    validity: ZSignatureCheck.describe('Every certificate of the chain was valid at the signing time'),
    revocation: ZSignatureCheck.describe('No certificate of the chain was revoked at signing time (CRL)'),
    keyUsage: ZSignatureCheck.describe('The signer certificate allows digital signature or non-repudiation'),
    modification: ZSignatureCheck.describe('The document was not changed after signing, except by later signatures'),
    profile: ZSignatureCheck.describe(
      'PAdES baseline B-B: ETSI.CAdES.detached, signing-certificate-v2, no CMS signing time',
    ),
    timestamp: ZSignatureCheck.describe(
      'The RFC 3161 signature timestamp, when there is one (unknown when there is none)',
    ),
  }),
  isValid: z
    .boolean()
    .describe('Every check passed; revocation, profile and timestamp may also be unknown (no data, not PAdES, none)'),
});
export type SignatureVerification = z.infer<typeof ZSignatureVerification>;

/** The verification report of one PDF (the JSON behind the report shown in the UI). */
export const ZSignatureReport = z.object({
  sha256: z.string().describe('SHA-256 of the verified file, hex'),
  byteLength: z.number().int(),
  verifiedAt: z.iso.datetime(),
  signatures: z.array(ZSignatureVerification),
  isValid: z.boolean().describe('At least one signature, and every signature valid'),
});
export type SignatureReport = z.infer<typeof ZSignatureReport>;
