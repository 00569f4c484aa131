import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { pkcs12FileSigner } from './pkcs12-signer.ts';
import { parseSigningConfig } from './signing-config.ts';
import { issueDemoIdentity, loadTrustSettings, openDemoAuthority, readIdentity } from './signing-store.ts';

describe('signing keys on disk', () => {
  const dir = mkdtemp(path.join(os.tmpdir(), 'eproc-signing-'));
  after(async () => rm(await dir, { recursive: true, force: true }));
  const password = 'demo-password-for-tests';

  test('the demo authority is created once and read back from PKCS#12', async () => {
    const [first, second] = await Promise.all([
      openDemoAuthority({ dir: await dir, password }),
      openDemoAuthority({ dir: await dir, password }),
    ]);
    const third = await openDemoAuthority({ dir: await dir, password });
    assert.ok(first.root.certificate.der.equals(third.root.certificate.der), 'concurrent first uses agree');
    assert.ok(second.root.certificate.der.equals(third.root.certificate.der), 'concurrent first uses agree');
    assert.ok(third.issuing.chain[0]?.der.equals(third.root.certificate.der));
    const pem = await readFile(path.join(await dir, 'ca', 'root.pem'), 'utf8');
    assert.equal(pem, third.root.certificate.x509.toString());
    await assert.rejects(openDemoAuthority({ dir: await dir, password: 'not-the-password' }));
  });

  test('an officer identity is stored as .p12 and signs through the file provider', async () => {
    const authority = await openDemoAuthority({ dir: await dir, password });
    const issued = await issueDemoIdentity({
      dir: await dir,
      password,
      authority,
      id: 'ksv.quangninh',
      kind: 'personal',
      subject: { commonName: 'Nguyễn Văn An', organisation: 'Viện kiểm sát nhân dân tỉnh Quảng Ninh' },
    });
    const read = await readIdentity({ dir: await dir, password, id: 'ksv.quangninh' });
    assert.ok(read?.certificate.der.equals(issued.certificate.der));
    assert.equal(read?.chain.length, 2);
    const signer = await pkcs12FileSigner({ file: path.join(await dir, 'identities', 'ksv.quangninh.p12'), password });
    assert.equal(signer.certificateChain[0]?.identity.commonName, 'Nguyễn Văn An');
    assert.equal(await readIdentity({ dir: await dir, password, id: 'nobody' }), undefined);
    await assert.rejects(readIdentity({ dir: await dir, password, id: '../ca/root' }), /Bad signing identity id/);
  });

  test('trust settings: configured PEM roots, and the demo root unless disabled', async () => {
    const authority = await openDemoAuthority({ dir: await dir, password });
    const rootPem = path.join(await dir, 'ca', 'root.pem');
    const demo = await loadTrustSettings(parseSigningConfig({}), authority);
    assert.equal(demo.trustedRoots.length, 1);
    const production = await loadTrustSettings(
      parseSigningConfig({ SIGNING_DEMO_CA: 'false', SIGNING_TRUSTED_ROOTS: rootPem }),
      authority,
    );
    assert.equal(production.trustedRoots.length, 1);
    const none = await loadTrustSettings(parseSigningConfig({ SIGNING_DEMO_CA: 'false' }), authority);
    assert.equal(none.trustedRoots.length, 0);
    assert.throws(() => parseSigningConfig({ SIGNING_PROVIDER: 'remote' }), /SIGNING_REMOTE_URL/);
  });
});
