import type { Certificate } from './certificates.ts';

/**
 * A signing key somewhere: a PKCS#12 file, a remote signing service, an HSM or a USB token. It holds the
 * certificate chain (signer first) and signs the DER of the CMS signed attributes; the document itself never
 * reaches it, only a digest of a digest. See README.md for how a VGCA token (PKCS#11) plugs in.
 */
export type Signer = {
  /** The signer's certificate first, then its issuers (the root may be left out). */
  certificateChain: Certificate[];
  /** The algorithm the key signs with; RSA PKCS#1 v1.5 or ECDSA, always over SHA-256. */
  signatureAlgorithm: 'rsa-sha256' | 'ecdsa-sha256';
  /** Signs `toBeSigned` (the DER SET of signed attributes): RSA PKCS#1 v1.5 or DER ECDSA signature. */
  sign: (toBeSigned: Buffer) => Promise<Buffer>;
};

/** The key type of a certificate as a signature algorithm. */
export const signatureAlgorithmOf = (certificate: Certificate): Signer['signatureAlgorithm'] => {
  const type = certificate.x509.publicKey.asymmetricKeyType;
  if (type === 'rsa') return 'rsa-sha256';
  if (type === 'ec') return 'ecdsa-sha256';
  throw new Error(`Unsupported signing key type: ${type}`);
};
