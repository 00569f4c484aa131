import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';
import { type Certificate, parseCertificate } from './certificates.ts';

/**
 * The built-in certificate authority of demo and test installs: a root, an intermediate that issues, and
 * officer (personal) and office (organisational) certificates with Vietnamese names. Keys are RSA 2048 with
 * SHA-256, what the Government Cipher Committee CA (VGCA) issues and what every PDF reader verifies.
 * Production installs do not use it: they configure trusted roots and real signers.
 */

/** A certificate with its private key (PKCS#8 PEM) and its issuers up to the root, nearest first. */
export type KeyedCertificate = { certificate: Certificate; privateKeyPem: string; chain: Certificate[] };

/** Subject fields; Vietnamese text is written as UTF8String. */
export type SubjectInput = {
  commonName: string;
  title?: string;
  organisation?: string;
  organisationalUnit?: string;
  locality?: string;
};

/** `timestamping`: a timestamp authority's certificate (extended key usage id-kp-timeStamping, RFC 3161 2.3). */
export type CertificateKind = 'root' | 'intermediate' | 'personal' | 'organisational' | 'timestamping';

const YEAR_MS = 365 * 24 * 3600 * 1000;
const utf8 = forge.asn1.Type.UTF8 as unknown as forge.asn1.Class;

const subjectFields = (subject: SubjectInput): forge.pki.CertificateField[] => [
  { shortName: 'C', value: 'VN' },
  ...(subject.locality ? [{ shortName: 'L', value: subject.locality, valueTagClass: utf8 }] : []),
  ...(subject.organisation ? [{ shortName: 'O', value: subject.organisation, valueTagClass: utf8 }] : []),
  ...(subject.organisationalUnit ? [{ shortName: 'OU', value: subject.organisationalUnit, valueTagClass: utf8 }] : []),
  ...(subject.title ? [{ type: '2.5.4.12', value: subject.title, valueTagClass: utf8 }] : []),
  { shortName: 'CN', value: subject.commonName, valueTagClass: utf8 },
];

// A positive serial of 16 random bytes (RFC 5280 allows up to 20 octets).
const randomSerial = () => {
  const bytes = randomBytes(16);
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x10;
  return bytes.toString('hex');
};

const extensionsFor = (kind: CertificateKind, issuerKeyId: string) => {
  const isAuthority = kind === 'root' || kind === 'intermediate';
  return [
    {
      name: 'basicConstraints',
      cA: isAuthority,
      critical: true,
      ...(kind === 'intermediate' ? { pathLenConstraint: 0 } : {}),
    },
    isAuthority
      ? { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true }
      : { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    ...(kind === 'timestamping' ? [{ name: 'extKeyUsage', timeStamping: true, critical: true }] : []),
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: issuerKeyId },
  ];
};

// forge reads UTF8String values as raw bytes but encodes them again on write: decode so the issuer name
// of a certificate is byte for byte the subject of its issuer.
const decodedAttribute = (attribute: forge.pki.CertificateField): forge.pki.CertificateField =>
  attribute.valueTagClass === utf8 && typeof attribute.value === 'string'
    ? { ...attribute, value: forge.util.decodeUtf8(attribute.value) }
    : attribute;

export type IssueOptions = {
  kind: CertificateKind;
  subject: SubjectInput;
  /** Absent for a root, which signs itself. */
  issuer?: KeyedCertificate;
  notBefore?: Date;
  notAfter?: Date;
};

/** Generates a key pair and a certificate for it, signed by `issuer` (or by itself for a root). */
export const issueCertificate = ({ kind, subject, issuer, notBefore, notAfter }: IssueOptions): KeyedCertificate => {
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateKeyPem = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(keys.publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = randomSerial();
  const start = notBefore ?? new Date(Date.now() - 60_000);
  cert.validity.notBefore = start;
  cert.validity.notAfter =
    notAfter ?? new Date(start.getTime() + (kind === 'root' ? 20 : kind === 'intermediate' ? 10 : 3) * YEAR_MS);
  cert.setSubject(subjectFields(subject));
  const issuerCert = issuer ? forge.pki.certificateFromPem(issuer.certificate.x509.toString()) : cert;
  cert.setIssuer(issuer ? issuerCert.subject.attributes.map(decodedAttribute) : cert.subject.attributes);
  const issuerKeyId = (issuer ? issuerCert : cert).generateSubjectKeyIdentifier().getBytes();
  cert.setExtensions(extensionsFor(kind, issuerKeyId));
  const signingKey = forge.pki.privateKeyFromPem(issuer?.privateKeyPem ?? privateKeyPem);
  cert.sign(signingKey, forge.md.sha256.create());
  const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
  return {
    certificate: parseCertificate(der),
    privateKeyPem,
    chain: issuer ? [issuer.certificate, ...issuer.chain] : [],
  };
};

/** A demo authority: root and the intermediate that issues officer and office certificates. */
export type DemoAuthority = { root: KeyedCertificate; issuing: KeyedCertificate };

/** Creates the demo root and issuing CAs (names say "thử nghiệm" so nobody mistakes them for real ones). */
export const createDemoAuthority = (name = 'eProcuracy'): DemoAuthority => {
  const root = issueCertificate({
    kind: 'root',
    subject: { commonName: `${name} Root CA (thử nghiệm)`, organisation: `${name} — CA thử nghiệm` },
  });
  const issuing = issueCertificate({
    kind: 'intermediate',
    issuer: root,
    subject: { commonName: `${name} Issuing CA (thử nghiệm)`, organisation: `${name} — CA thử nghiệm` },
  });
  return { root, issuing };
};
