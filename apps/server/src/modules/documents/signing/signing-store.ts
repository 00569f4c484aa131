import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCertificate, parsePemCertificates } from './certificates.ts';
import {
  createDemoAuthority,
  type DemoAuthority,
  type IssueOptions,
  issueCertificate,
  type KeyedCertificate,
} from './demo-ca.ts';
import { fromPkcs12, toPkcs12 } from './pkcs12.ts';
import { parseCrlFile } from './revocation.ts';
import type { SigningConfig } from './signing-config.ts';
import type { TrustSettings } from './verify-signature.ts';

/**
 * Keys on disk, under DATA_DIR/signing: `ca/` holds the demo authority (root.p12, issuing.p12 and root.pem,
 * the certificate to give other verifiers), `identities/<id>.p12` the officers' and offices' keys. Every
 * .p12 is protected by the configured password.
 */

const exists = (file: string) =>
  readFile(file).then(
    () => true,
    () => false,
  );

/** Opens the demo authority in `dir/ca`, creating it on first use; concurrent first uses agree on one. */
export const openDemoAuthority = async ({
  dir,
  password,
}: {
  dir: string;
  password: string;
}): Promise<DemoAuthority> => {
  const folder = path.join(dir, 'ca');
  if (!(await exists(path.join(folder, 'issuing.p12')))) {
    const authority = createDemoAuthority();
    const staging = path.join(dir, `.ca-${randomBytes(6).toString('hex')}`);
    await mkdir(staging, { recursive: true });
    await writeFile(path.join(staging, 'root.p12'), toPkcs12(authority.root, password, 'root'));
    await writeFile(path.join(staging, 'issuing.p12'), toPkcs12(authority.issuing, password, 'issuing'));
    await writeFile(path.join(staging, 'root.pem'), authority.root.certificate.x509.toString());
    // A folder renamed into place appears whole; if another process won the race, its authority is kept.
    await rename(staging, folder).catch(() => rm(staging, { recursive: true, force: true }));
  }
  return {
    root: fromPkcs12(await readFile(path.join(folder, 'root.p12')), password),
    issuing: fromPkcs12(await readFile(path.join(folder, 'issuing.p12')), password),
  };
};

const identityFile = (dir: string, id: string) => {
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(id) || id.startsWith('.')) throw new Error(`Bad signing identity id: ${id}`);
  return path.join(dir, 'identities', `${id}.p12`);
};

/** Issues an officer or office certificate from the demo authority and stores it as `identities/<id>.p12`. */
export const issueDemoIdentity = async ({
  dir,
  password,
  authority,
  id,
  ...options
}: { dir: string; password: string; authority: DemoAuthority; id: string } & Omit<IssueOptions, 'issuer'>) => {
  const keyed = issueCertificate({ ...options, issuer: authority.issuing });
  const file = identityFile(dir, id);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(`${file}.tmp`, toPkcs12(keyed, password, id));
  await rename(`${file}.tmp`, file);
  return keyed;
};

/** Reads a stored identity; undefined when there is none. */
export const readIdentity = async ({
  dir,
  password,
  id,
}: {
  dir: string;
  password: string;
  id: string;
}): Promise<KeyedCertificate | undefined> => {
  const bytes = await readFile(identityFile(dir, id)).catch(() => undefined);
  return bytes ? fromPkcs12(bytes, password) : undefined;
};

/** What verification trusts: configured roots, the demo root when enabled, and configured CRLs. */
export const loadTrustSettings = async (config: SigningConfig, demo?: DemoAuthority): Promise<TrustSettings> => {
  const roots = await Promise.all(
    config.SIGNING_TRUSTED_ROOTS.map(async (file) => parsePemCertificates(await readFile(file, 'utf8'))),
  );
  const crls = await Promise.all(config.SIGNING_CRL_FILES.map(async (file) => parseCrlFile(await readFile(file))));
  return {
    trustedRoots: [
      ...roots.flat(),
      ...(config.SIGNING_DEMO_CA && demo ? [parseCertificate(demo.root.certificate.der)] : []),
    ],
    crls: crls.flat(),
  };
};
