import { createPrivateKey, sign } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { KeyedCertificate } from './demo-ca.ts';
import { fromPkcs12 } from './pkcs12.ts';
import { type Signer, signatureAlgorithmOf } from './signer.ts';

/** A signer over a key held in memory (read from PKCS#12); signing is Node's native crypto. */
export const keyedSigner = (keyed: KeyedCertificate): Signer => {
  const key = createPrivateKey(keyed.privateKeyPem);
  return {
    certificateChain: [keyed.certificate, ...keyed.chain],
    signatureAlgorithm: signatureAlgorithmOf(keyed.certificate),
    sign: async (toBeSigned) => sign('sha256', toBeSigned, key),
  };
};

/** The default provider: a PKCS#12 file and its password. */
export const pkcs12FileSigner = async ({ file, password }: { file: string; password: string }): Promise<Signer> =>
  keyedSigner(fromPkcs12(await readFile(file), password));
