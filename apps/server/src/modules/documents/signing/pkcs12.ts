import forge from 'node-forge';
import { parseCertificate } from './certificates.ts';
import type { KeyedCertificate } from './demo-ca.ts';

/**
 * PKCS#12 (.p12/.pfx) files: the key and certificate chain of one signer, protected by a password. Written
 * with AES-256 and PBKDF2 (forge's defaults are 3DES), so OpenSSL 3 and NSS read them without legacy mode.
 */

/** Encodes a key and its certificate chain as PKCS#12. */
export const toPkcs12 = (keyed: KeyedCertificate, password: string, friendlyName?: string): Buffer => {
  const key = forge.pki.privateKeyFromPem(keyed.privateKeyPem);
  const certificates = [keyed.certificate, ...keyed.chain].map((c) => forge.pki.certificateFromPem(c.x509.toString()));
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, certificates, password, {
    algorithm: 'aes256',
    generateLocalKeyId: true,
    ...(friendlyName ? { friendlyName } : {}),
  });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
};

const SHROUDED_KEY_BAG = '1.2.840.113549.1.12.10.1.2';
const KEY_BAG = '1.2.840.113549.1.12.10.1.1';
const CERT_BAG = '1.2.840.113549.1.12.10.1.3';

/** Reads PKCS#12: the key, its certificate (the one whose public key matches) and the others as the chain. */
export const fromPkcs12 = (bytes: Buffer, password: string): KeyedCertificate => {
  const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(bytes.toString('binary')), password);
  const bags = (type: string): forge.pkcs12.Bag[] => p12.getBags({ bagType: type })[type] ?? [];
  const keyBag = bags(SHROUDED_KEY_BAG)[0] ?? bags(KEY_BAG)[0];
  if (!keyBag?.key) throw new Error('PKCS#12: no private key');
  const key = keyBag.key as forge.pki.rsa.PrivateKey;
  const der = bags(CERT_BAG).flatMap((bag) =>
    bag.cert ? [Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(bag.cert)).getBytes(), 'binary')] : [],
  );
  const certificates = der.map(parseCertificate);
  const modulus = key.n.toString(16);
  const own = certificates.find(
    (c) =>
      (
        forge.pki.publicKeyFromPem(
          c.x509.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        ) as forge.pki.rsa.PublicKey
      ).n.toString(16) === modulus,
  );
  if (!own) throw new Error('PKCS#12: no certificate for the private key');
  const privateKeyPem = forge.pki.privateKeyInfoToPem(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(key)));
  return {
    certificate: own,
    privateKeyPem,
    chain: orderChain(
      own,
      certificates.filter((c) => c !== own),
    ),
  };
};

/** The issuers of `leaf` among `others`, nearest first. */
const orderChain = (leaf: KeyedCertificate['certificate'], others: KeyedCertificate['certificate'][]) => {
  const chain: KeyedCertificate['certificate'][] = [];
  for (let current = leaf; ; ) {
    const issuer = others.find((c) => !chain.includes(c) && current.issuerDer.equals(c.subjectDer) && c !== current);
    if (!issuer || issuer.der.equals(current.der)) return chain;
    chain.push(issuer);
    current = issuer;
  }
};
