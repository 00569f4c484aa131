import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createDemoAuthority } from './demo-ca.ts';
import { keyedSigner } from './pkcs12-signer.ts';
import { issueCrl, parseCrl } from './revocation.ts';
import { signPdf } from './sign-pdf.ts';
import { issueOfficer, issueTestIdentities, makeTestPdf, notPassed, trustOf } from './signing-test-fixtures.ts';
import { verifyPdf } from './verify-pdf.ts';

const DAY = 24 * 3600_000;
const ids = issueTestIdentities();
const pdf = await makeTestPdf(2);
const signedByOfficer = await signPdf({ pdf, signer: keyedSigner(ids.officer), placement: { kind: 'personal' } });

describe('verification against trust settings', () => {
  test('a certificate from a CA that is not trusted fails the chain check, even with its root in the CMS', async () => {
    const stranger = createDemoAuthority('Stranger');
    const officer = issueOfficer({ issuer: stranger.issuing });
    const signed = await signPdf({ pdf, signer: keyedSigner(officer), placement: { kind: 'personal' } });
    const report = await verifyPdf({ pdf: signed, trust: trustOf(ids.authority) });
    assert.equal(report.isValid, false);
    assert.deepEqual(notPassed(report.signatures[0]), ['chain:failed', 'revocation:unknown']);
    assert.match(report.signatures[0]?.checks.chain.en ?? '', /not a trusted certificate authority/);
  });

  test('a certificate expired at signing time fails the validity check', async () => {
    const expired = issueOfficer({
      issuer: ids.authority.issuing,
      notBefore: new Date(Date.now() - 400 * DAY),
      notAfter: new Date(Date.now() - 35 * DAY),
    });
    const signed = await signPdf({ pdf, signer: keyedSigner(expired), placement: { kind: 'personal' } });
    const report = await verifyPdf({ pdf: signed, trust: trustOf(ids.authority) });
    assert.equal(report.isValid, false);
    assert.deepEqual(notPassed(report.signatures[0]), ['validity:failed', 'revocation:unknown']);
  });

  test('a signature made while the certificate was valid stays valid after it expires', async () => {
    const shortLived = issueOfficer({ issuer: ids.authority.issuing, notAfter: new Date(Date.now() + DAY) });
    const signed = await signPdf({ pdf, signer: keyedSigner(shortLived), placement: { kind: 'personal' } });
    const report = await verifyPdf({
      pdf: signed,
      trust: trustOf(ids.authority),
      now: new Date(Date.now() + 30 * DAY),
    });
    assert.equal(report.isValid, true);
  });

  test('a CRL of the issuing CA that lists the certificate fails the revocation check', async () => {
    const crl = issueCrl({
      issuer: ids.authority.issuing,
      revoked: [{ serialHex: ids.officer.certificate.serialHex, at: new Date(Date.now() - DAY) }],
    });
    const report = await verifyPdf({ pdf: signedByOfficer, trust: trustOf(ids.authority, [parseCrl(crl)]) });
    assert.equal(report.isValid, false);
    assert.deepEqual(notPassed(report.signatures[0]), ['revocation:failed']);
  });

  test('CRLs of both CAs that do not list the chain pass the revocation check', async () => {
    const crls = [
      issueCrl({ issuer: ids.authority.issuing, revoked: [] }),
      issueCrl({ issuer: ids.authority.root, revoked: [] }),
    ];
    const report = await verifyPdf({ pdf: signedByOfficer, trust: trustOf(ids.authority, crls.map(parseCrl)) });
    assert.equal(report.isValid, true);
    assert.deepEqual(notPassed(report.signatures[0]), []);
  });

  test('a CRL in the name of the issuing CA but signed by another key is ignored', async () => {
    const impostor = createDemoAuthority('eProcuracy test');
    const forged = issueCrl({
      issuer: impostor.issuing,
      revoked: [{ serialHex: ids.officer.certificate.serialHex, at: new Date(0) }],
    });
    const report = await verifyPdf({ pdf: signedByOfficer, trust: trustOf(ids.authority, [parseCrl(forged)]) });
    assert.equal(report.isValid, true);
    assert.equal(report.signatures[0]?.checks.revocation.status, 'unknown');
  });
});
