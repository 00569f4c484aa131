import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { createTestDatabase } from '../../../test/harness.ts';
import { openSigning } from './open-signing.ts';
import { signPdf } from './sign-pdf.ts';
import { makeTestPdf, OFFICE } from './signing-test-fixtures.ts';
import { verifyPdf } from './verify-pdf.ts';

describe('signing setup of a demo install', async () => {
  const database = await createTestDatabase();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'eproc-open-signing-'));
  after(async () => {
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('demo officer and office sign; a restarted server verifies with the same trusted root', async () => {
    const signing = await openSigning({ env: {}, dataDir, db: database.db });
    const officer = await signing.issueDemoSigner('ksv.quangninh', 'personal', {
      commonName: 'Nguyễn Văn An',
      title: 'Phó Viện trưởng',
      organisation: OFFICE,
    });
    const office = await signing.issueDemoSigner('vks.quangninh', 'organisational', {
      commonName: OFFICE,
      organisation: OFFICE,
    });
    const personal = await signPdf({ pdf: await makeTestPdf(2), signer: officer, placement: { kind: 'personal' } });
    const both = await signPdf({ pdf: personal, signer: office, placement: { kind: 'organisational' } });

    const restarted = await openSigning({ env: {}, dataDir, db: database.db });
    assert.equal(restarted.demoRootPem, signing.demoRootPem, 'the demo CA and the .p12 password persist');
    assert.ok(await restarted.signerFor('ksv.quangninh'));
    assert.equal(await restarted.signerFor('nobody'), undefined);
    const report = await verifyPdf({ pdf: both, trust: restarted.trust });
    assert.equal(report.isValid, true);

    const production = await openSigning({ env: { SIGNING_DEMO_CA: 'false' }, dataDir, db: database.db });
    const untrusted = await verifyPdf({ pdf: both, trust: production.trust });
    assert.equal(untrusted.signatures[0]?.checks.chain.status, 'failed', 'no trusted roots configured');
  });
});
