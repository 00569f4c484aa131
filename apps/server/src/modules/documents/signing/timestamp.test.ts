import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { createDemoAuthority, issueCertificate } from './demo-ca.ts';
import { keyedSigner } from './pkcs12-signer.ts';
import { signPdf } from './sign-pdf.ts';
import { issueOfficer, issueTestIdentities, makeTestPdf, notPassed, trustOf } from './signing-test-fixtures.ts';
import { startTestTsa } from './timestamp-test-tsa.ts';
import { verifyPdf } from './verify-pdf.ts';

const DAY = 24 * 3600_000;
const ids = issueTestIdentities();
const tsaCertificate = issueCertificate({
  kind: 'timestamping',
  issuer: ids.authority.issuing,
  subject: { commonName: 'eProcuracy test TSA' },
});

describe('RFC 3161 signature timestamps (PAdES B-T)', () => {
  const tsa = startTestTsa(tsaCertificate);
  after(async () => (await tsa).close());

  test('a timestamped signature verifies and reports the timestamp', async () => {
    const { url, requests } = await tsa;
    const signed = await signPdf({
      pdf: await makeTestPdf(2),
      signer: keyedSigner(ids.officer),
      placement: { kind: 'personal' },
      timestampUrl: url,
    });
    assert.equal(requests(), 1);
    const report = await verifyPdf({ pdf: signed, trust: trustOf(ids.authority) });
    assert.equal(report.isValid, true);
    assert.deepEqual(notPassed(report.signatures[0]), ['revocation:unknown']);
    assert.equal(report.signatures[0]?.timestamp?.authority.startsWith('CN=eProcuracy test TSA'), true);
  });

  test('the timestamp time, not the claimed time, decides validity', async () => {
    // The certificate had expired a day before the TSA's time, although the signer claims a time before that.
    const lapsed = issueOfficer({
      issuer: ids.authority.issuing,
      notBefore: new Date(Date.now() - 30 * DAY),
      notAfter: new Date(Date.now() - DAY),
    });
    const { url } = await tsa;
    const signed = await signPdf({
      pdf: await makeTestPdf(1),
      signer: keyedSigner(lapsed),
      placement: { kind: 'personal' },
      signingTime: new Date(Date.now() - 2 * DAY),
      timestampUrl: url,
    });
    const report = await verifyPdf({ pdf: signed, trust: trustOf(ids.authority) });
    assert.deepEqual(notPassed(report.signatures[0]), ['validity:failed', 'revocation:unknown']);
  });

  test('a timestamp from an untrusted authority fails the timestamp check', async () => {
    const stranger = createDemoAuthority('Stranger');
    const rogue = await startTestTsa(
      issueCertificate({ kind: 'timestamping', issuer: stranger.issuing, subject: { commonName: 'Rogue TSA' } }),
    );
    try {
      const signed = await signPdf({
        pdf: await makeTestPdf(1),
        signer: keyedSigner(ids.officer),
        placement: { kind: 'personal' },
        timestampUrl: rogue.url,
      });
      const report = await verifyPdf({ pdf: signed, trust: trustOf(ids.authority) });
      assert.equal(report.isValid, false);
      assert.deepEqual(notPassed(report.signatures[0]), ['revocation:unknown', 'timestamp:failed']);
    } finally {
      rogue.close();
    }
  });
});
