import path from 'node:path';
import type { Db } from '../../../platform/db.ts';
import type { CertificateKind, SubjectInput } from './demo-ca.ts';
import { keyedSigner } from './pkcs12-signer.ts';
import { remoteSigner } from './remote-signer.ts';
import type { Signer } from './signer.ts';
import { parseSigningConfig, type SigningConfig } from './signing-config.ts';
import { signingPassword } from './signing-password.ts';
import { issueDemoIdentity, loadTrustSettings, openDemoAuthority, readIdentity } from './signing-store.ts';

/**
 * The signing setup of a running server, from its environment and DATA_DIR: the demo authority when enabled,
 * what verification trusts, and the signer of an officer or office by id (its .p12, or the remote key of that id).
 */
export const openSigning = async ({
  env = {},
  config: parsed,
  dataDir,
  db,
}: {
  env?: NodeJS.ProcessEnv;
  /** The settings already parsed (the server's config includes them); otherwise read from `env`. */
  config?: SigningConfig;
  dataDir: string;
  db: Db;
}) => {
  const config = parsed ?? parseSigningConfig(env);
  const dir = path.resolve(dataDir, 'signing');
  const password = await signingPassword(config, db);
  const demo = config.SIGNING_DEMO_CA ? await openDemoAuthority({ dir, password }) : undefined;
  const trust = await loadTrustSettings(config, demo);

  /** The signer for `id`; undefined when no key is stored for it. */
  const signerFor = async (id: string): Promise<Signer | undefined> => {
    if (config.SIGNING_PROVIDER === 'remote' && config.SIGNING_REMOTE_URL) {
      return remoteSigner({ url: config.SIGNING_REMOTE_URL, keyId: id, token: config.SIGNING_REMOTE_TOKEN });
    }
    const keyed = await readIdentity({ dir, password, id });
    return keyed ? keyedSigner(keyed) : undefined;
  };

  /** Issues a demo certificate for `id` (demo installs only) and stores its .p12. */
  const issueDemoSigner = async (
    id: string,
    kind: Extract<CertificateKind, 'personal' | 'organisational'>,
    subject: SubjectInput,
  ) => {
    if (!demo) throw new Error('The demo CA is disabled (SIGNING_DEMO_CA=false)');
    return keyedSigner(await issueDemoIdentity({ dir, password, authority: demo, id, kind, subject }));
  };

  return {
    config,
    trust,
    /** Pass to signPdf: signatures get a timestamp when a TSA is configured. */
    timestampUrl: config.SIGNING_TSA_URL,
    demoRootPem: demo?.root.certificate.x509.toString(),
    signerFor,
    issueDemoSigner,
  };
};
export type Signing = Awaited<ReturnType<typeof openSigning>>;
