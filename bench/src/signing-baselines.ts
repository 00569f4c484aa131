import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import forge from 'node-forge';
import type { KeyedCertificate } from '../../apps/server/src/modules/documents/signing/demo-ca.ts';

/**
 * The raw CMS baselines of the signing bench: a detached CMS SignedData (SHA-256, RSA 2048, content-type,
 * message-digest and signing-time attributes, signer certificate included) over the same bytes, made by
 * node-forge in process and by the OpenSSL CLI (one process per signature, as a script would run it).
 */

/** node-forge: parse nothing per call (key and certificate are ready), sign the bytes detached. */
export const forgeSigner = (keyed: KeyedCertificate) => {
  const key = forge.pki.privateKeyFromPem(keyed.privateKeyPem);
  const certificate = forge.pki.certificateFromPem(keyed.certificate.x509.toString());
  return (bytes: Buffer) => {
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(bytes.toString('binary'));
    p7.addCertificate(certificate);
    p7.addSigner({
      key,
      certificate,
      digestAlgorithm: forge.pki.oids.sha256 ?? '2.16.840.1.101.3.4.2.1',
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType ?? '', value: forge.pki.oids.data },
        { type: forge.pki.oids.messageDigest ?? '' },
        { type: forge.pki.oids.signingTime ?? '' },
      ],
    });
    p7.sign({ detached: true });
    return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
  };
};

const hasOpenssl = () => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** OpenSSL CLI: `openssl cms -sign` and `-verify` of the same file; undefined when there is no openssl. */
export const opensslTools = (dir: string, keyed: KeyedCertificate, root: KeyedCertificate, bytes: Buffer) => {
  if (!hasOpenssl()) return undefined;
  const file = (name: string) => path.join(dir, name);
  writeFileSync(file('doc.pdf'), bytes);
  writeFileSync(file('signer.pem'), keyed.certificate.x509.toString());
  writeFileSync(file('chain.pem'), keyed.chain.map((c) => c.x509.toString()).join(''));
  writeFileSync(file('key.pem'), keyed.privateKeyPem);
  writeFileSync(file('root.pem'), root.certificate.x509.toString());
  const sign = () =>
    execFileSync('openssl', [
      'cms',
      '-sign',
      '-binary',
      '-md',
      'sha256',
      '-in',
      file('doc.pdf'),
      '-signer',
      file('signer.pem'),
      '-inkey',
      file('key.pem'),
      '-certfile',
      file('chain.pem'),
      '-outform',
      'DER',
      '-out',
      file('doc.p7s'),
    ]);
  const verify = () =>
    execFileSync(
      'openssl',
      [
        'cms',
        '-verify',
        '-binary',
        '-inform',
        'DER',
        '-in',
        file('doc.p7s'),
        '-content',
        file('doc.pdf'),
        '-CAfile',
        file('root.pem'),
        '-purpose',
        'any',
        '-out',
        '/dev/null',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
  return { sign, verify, version: execFileSync('openssl', ['version'], { encoding: 'utf8' }).trim() };
};
