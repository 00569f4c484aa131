import { X509Certificate } from 'node:crypto';
import type { SignerIdentity } from '@eprocuracy/domain';
import { child, contextTag, type Der, decodeOid, readDer, TAG } from './der.ts';
import { OID } from './oids.ts';
import { formatName, identityFromName, nameAttributes } from './x509-names.ts';

/** A certificate with the raw parts CMS refers to (issuer name, serial) and Node's object for the crypto. */
export type Certificate = {
  der: Buffer;
  x509: X509Certificate;
  /** DER of the issuer Name and of the serial INTEGER, copied as they are into CMS identifiers. */
  issuerDer: Buffer;
  subjectDer: Buffer;
  serialDer: Buffer;
  serialHex: string;
  subject: string;
  issuer: string;
  identity: SignerIdentity;
  notBefore: Date;
  notAfter: Date;
  subjectKeyId: Buffer | undefined;
  /** KeyUsage bits (RFC 5280 4.2.1.3) when the extension is present. */
  keyUsage: { digitalSignature: boolean; nonRepudiation: boolean; keyCertSign: boolean } | undefined;
};

const extensionsOf = (tbs: Der): Map<string, Der> => {
  const wrapper = tbs.children().find((item) => item.tag === contextTag(3));
  const map = new Map<string, Der>();
  for (const extension of wrapper ? child(wrapper, 0, 'extensions').children() : []) {
    const parts = extension.children();
    const value = parts.at(-1);
    if (parts[0] && value?.tag === TAG.octetString) map.set(decodeOid(parts[0]), readDer(value.body));
  }
  return map;
};

const keyUsageOf = (value: Der | undefined): Certificate['keyUsage'] => {
  if (!value || value.tag !== TAG.bitString) return undefined;
  const bits = value.body[1] ?? 0;
  return {
    digitalSignature: (bits & 0x80) !== 0,
    nonRepudiation: (bits & 0x40) !== 0,
    keyCertSign: (bits & 0x04) !== 0,
  };
};

const subjectKeyIdOf = (value: Der | undefined) =>
  value?.tag === TAG.octetString ? Buffer.from(value.body) : undefined;

/** Parses a DER certificate. */
export const parseCertificate = (der: Buffer): Certificate => {
  const root = readDer(der);
  const exact = Buffer.from(root.raw);
  const tbs = child(root, 0, 'tbsCertificate');
  const fields = tbs.children();
  const at = fields[0]?.tag === contextTag(0) ? 1 : 0;
  const serial = fields[at];
  const issuer = fields[at + 2];
  const subject = fields[at + 4];
  if (serial?.tag !== TAG.integer || issuer?.tag !== TAG.sequence || subject?.tag !== TAG.sequence) {
    throw new Error('X.509: malformed certificate');
  }
  const x509 = new X509Certificate(exact);
  const extensions = extensionsOf(tbs);
  const subjectAttributes = nameAttributes(subject);
  const serialHex = x509.serialNumber.toLowerCase();
  const issuerText = formatName(nameAttributes(issuer));
  const subjectText = formatName(subjectAttributes);
  return {
    der: exact,
    x509,
    issuerDer: Buffer.from(issuer.raw),
    subjectDer: Buffer.from(subject.raw),
    serialDer: Buffer.from(serial.raw),
    serialHex,
    subject: subjectText,
    issuer: issuerText,
    identity: {
      ...identityFromName(subjectAttributes),
      serialNumber: serialHex,
      subject: subjectText,
      issuer: issuerText,
    },
    notBefore: new Date(x509.validFrom),
    notAfter: new Date(x509.validTo),
    subjectKeyId: subjectKeyIdOf(extensions.get(OID.subjectKeyIdentifier)),
    keyUsage: keyUsageOf(extensions.get(OID.keyUsage)),
  };
};

/** Parses PEM text holding one or more certificates. */
export const parsePemCertificates = (pem: string): Certificate[] =>
  [...pem.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)].map((m) =>
    parseCertificate(Buffer.from(m[1] ?? '', 'base64')),
  );

export const toPem = (certificate: Certificate) => certificate.x509.toString();
