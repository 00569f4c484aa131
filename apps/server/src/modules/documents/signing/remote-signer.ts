import { createHash } from 'node:crypto';
import { z } from 'zod';
import { parseCertificate } from './certificates.ts';
import { type Signer, signatureAlgorithmOf } from './signer.ts';

/**
 * A signer whose key lives elsewhere: a signing service in front of an HSM, or an agent beside the office's
 * VGCA token (README.md). The contract, over HTTPS with a bearer token:
 *
 *   GET  {url}/keys/{keyId}/certificates  → { "certificates": [base64 DER, signer first, then issuers] }
 *   POST {url}/keys/{keyId}/sign          { "digestAlgorithm": "SHA-256", "digest": base64 }
 *                                         → { "signature": base64 }
 *
 * `digest` is the SHA-256 of the CMS signed attributes (which hold the document's digest): the service signs a
 * hash and never sees the document. The signature is RSA PKCS#1 v1.5 over DigestInfo(SHA-256, digest), what
 * PKCS#11's CKM_RSA_PKCS does with the DigestInfo prefixed, or a DER ECDSA signature for EC keys.
 */

const ZCertificates = z.object({ certificates: z.array(z.base64()).min(1) });
const ZSignature = z.object({ signature: z.base64().min(1) });

export type RemoteSignerOptions = {
  url: string;
  keyId: string;
  token?: string;
  /** A token with a PIN pad waits for the officer: allow time. */
  timeoutMs?: number;
};

const call = async (url: string, init: RequestInit, token: string | undefined, timeoutMs: number) => {
  const response = await fetch(url, {
    ...init,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!response.ok) throw new Error(`Remote signer: ${init.method ?? 'GET'} ${url} answered ${response.status}`);
  return response.json();
};

/** Connects to a remote signer and reads its certificate chain. */
export const remoteSigner = async ({ url, keyId, token, timeoutMs = 60_000 }: RemoteSignerOptions): Promise<Signer> => {
  const base = `${url.replace(/\/$/, '')}/keys/${encodeURIComponent(keyId)}`;
  const { certificates } = ZCertificates.parse(await call(`${base}/certificates`, { method: 'GET' }, token, timeoutMs));
  const chain = certificates.map((der) => parseCertificate(Buffer.from(der, 'base64')));
  const [certificate] = chain;
  if (!certificate) throw new Error('Remote signer: no certificate');
  return {
    certificateChain: chain,
    signatureAlgorithm: signatureAlgorithmOf(certificate),
    sign: async (toBeSigned) => {
      const digest = createHash('sha256').update(toBeSigned).digest('base64');
      const body = JSON.stringify({ digestAlgorithm: 'SHA-256', digest });
      const { signature } = ZSignature.parse(await call(`${base}/sign`, { method: 'POST', body }, token, timeoutMs));
      return Buffer.from(signature, 'base64');
    },
  };
};
