import { createPrivateKey, sign, verify } from 'node:crypto';
import type { Certificate } from './certificates.ts';
import type { KeyedCertificate } from './demo-ca.ts';
import { child, decodeOid, decodeTime, oid, readDer, sequence, TAG, tlv } from './der.ts';
import { hashOfSignatureAlgorithm, OID } from './oids.ts';

/**
 * Revocation from certificate revocation lists (RFC 5280 5): the CRLs carried in the signature and those the
 * installation configures (SIGNING_CRL_FILES). Nothing is fetched over the network; OCSP is not used.
 */

export type Crl = {
  issuerDer: Buffer;
  thisUpdate: Date;
  nextUpdate: Date | undefined;
  revoked: Map<string, Date>;
  tbs: Buffer;
  algorithm: string;
  signature: Buffer;
};

const isTime = (tag: number | undefined) => tag === TAG.utcTime || tag === TAG.generalizedTime;

/** Parses a DER CRL. */
export const parseCrl = (der: Buffer): Crl => {
  const list = readDer(der);
  const tbs = child(list, 0, 'tbsCertList');
  const fields = tbs.children();
  const at = fields[0]?.tag === TAG.integer ? 1 : 0;
  const issuer = fields[at + 1];
  const thisUpdate = fields[at + 2];
  if (!issuer || !thisUpdate) throw new Error('CRL: malformed');
  const next = fields[at + 3];
  const nextUpdate = isTime(next?.tag) ? next : undefined;
  const entries = fields[at + (nextUpdate ? 4 : 3)];
  const revoked = new Map<string, Date>();
  if (entries?.tag === TAG.sequence) {
    for (const entry of entries.children()) {
      const serial = child(entry, 0, 'serial');
      revoked.set(
        serial.body.toString('hex').replace(/^(00)+(?=.)/, ''),
        decodeTime(child(entry, 1, 'revocationDate')),
      );
    }
  }
  return {
    issuerDer: Buffer.from(issuer.raw),
    thisUpdate: decodeTime(thisUpdate),
    nextUpdate: nextUpdate ? decodeTime(nextUpdate) : undefined,
    revoked,
    tbs: Buffer.from(tbs.raw),
    algorithm: decodeOid(child(child(list, 1, 'signatureAlgorithm'), 0, 'algorithm')),
    signature: child(list, 2, 'signature').body.subarray(1),
  };
};

/** Reads CRL files' bytes: DER, or PEM with one or more X509 CRL blocks. */
export const parseCrlFile = (bytes: Buffer): Crl[] => {
  const text = bytes.toString('latin1');
  if (!text.includes('-----BEGIN X509 CRL-----')) return [parseCrl(bytes)];
  return [...text.matchAll(/-----BEGIN X509 CRL-----([\s\S]*?)-----END X509 CRL-----/g)].map((m) =>
    parseCrl(Buffer.from(m[1] ?? '', 'base64')),
  );
};

const isIssuedBy = (crl: Crl, issuer: Certificate) => {
  const hash = hashOfSignatureAlgorithm[crl.algorithm];
  if (!hash || !crl.issuerDer.equals(issuer.subjectDer)) return false;
  try {
    return verify(hash, crl.tbs, issuer.x509.publicKey, crl.signature);
  } catch {
    return false;
  }
};

export type RevocationResult =
  | { status: 'good'; checked: number }
  | { status: 'revoked'; certificate: Certificate; at: Date }
  | { status: 'unknown'; missing: Certificate[] };

/** Checks every certificate of `chain` below its root against the CRLs their issuers signed. */
export const checkRevocation = (chain: Certificate[], crls: Crl[], at: Date): RevocationResult => {
  const missing: Certificate[] = [];
  for (const [index, certificate] of chain.entries()) {
    const issuer = chain[index + 1];
    if (!issuer) break;
    const crl = crls
      .filter((c) => isIssuedBy(c, issuer))
      .sort((a, b) => b.thisUpdate.getTime() - a.thisUpdate.getTime())[0];
    if (!crl) {
      missing.push(certificate);
      continue;
    }
    const revokedAt = crl.revoked.get(certificate.serialHex.replace(/^(00)+(?=.)/, ''));
    if (revokedAt && revokedAt <= at) return { status: 'revoked', certificate, at: revokedAt };
  }
  return missing.length ? { status: 'unknown', missing } : { status: 'good', checked: chain.length - 1 };
};

const utcTime = (time: Date) =>
  tlv(TAG.utcTime, Buffer.from(`${time.toISOString().replace(/[-:T]/g, '').slice(2, 14)}Z`, 'latin1'));

/** A CRL signed by a demo CA (for tests and demo installs that show a revoked certificate). */
export const issueCrl = ({
  issuer,
  revoked,
  thisUpdate = new Date(),
  nextUpdate,
}: {
  issuer: KeyedCertificate;
  revoked: { serialHex: string; at: Date }[];
  thisUpdate?: Date;
  nextUpdate?: Date;
}) => {
  const algorithm = sequence(oid(OID.sha256WithRSA), Buffer.from([TAG.null, 0]));
  const serialDer = (hex: string) =>
    tlv(
      TAG.integer,
      Buffer.from(`${Number.parseInt(hex[0] ?? '0', 16) >= 8 ? '00' : ''}${hex.length % 2 ? '0' : ''}${hex}`, 'hex'),
    );
  const tbs = sequence(
    tlv(TAG.integer, Buffer.from([1])),
    algorithm,
    issuer.certificate.subjectDer,
    utcTime(thisUpdate),
    utcTime(nextUpdate ?? new Date(thisUpdate.getTime() + 7 * 24 * 3600_000)),
    ...(revoked.length ? [sequence(...revoked.map((r) => sequence(serialDer(r.serialHex), utcTime(r.at))))] : []),
  );
  const signature = sign('sha256', tbs, createPrivateKey(issuer.privateKeyPem));
  return sequence(tbs, algorithm, tlv(TAG.bitString, Buffer.from([0]), signature));
};
