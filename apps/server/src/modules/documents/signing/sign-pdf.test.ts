import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ZSignatureReport } from '@eprocuracy/domain';
import { PDFArray, PDFDict, PDFDocument, PDFName, rgb, StandardFonts } from 'pdf-lib';
import { parseSignedData } from './cms-parse.ts';
import { OID } from './oids.ts';
import { findSignatures } from './pdf-signatures.ts';
import { appendIncrementalUpdate, reserveObjectNumbers } from './pdf-update.ts';
import { keyedSigner } from './pkcs12-signer.ts';
import { signPdf } from './sign-pdf.ts';
import {
  issueTestIdentities,
  makePdfkitPdf,
  makeTestPdf,
  notPassed,
  OFFICE,
  trustOf,
} from './signing-test-fixtures.ts';
import { verifyPdf } from './verify-pdf.ts';

const ids = issueTestIdentities();
const trust = trustOf(ids.authority);
// /M keeps whole seconds; the certificates were issued a minute ago.
const signingTime = new Date(Math.floor(Date.now() / 1000) * 1000);

const signTwice = async (pdf: Buffer) => {
  const personal = await signPdf({
    pdf,
    signer: keyedSigner(ids.officer),
    placement: { kind: 'personal' },
    reason: 'Ký ban hành',
    signingTime,
  });
  const both = await signPdf({
    pdf: personal,
    signer: keyedSigner(ids.office),
    placement: { kind: 'organisational' },
    appearance: { copyForm: 'Bản điện tử' },
    signingTime: new Date(signingTime.getTime() + 60_000),
  });
  return { personal, both };
};

describe('PAdES signing and verification', () => {
  test('a signed multi-page PDF verifies, with who signed and when', async () => {
    const pdf = await makeTestPdf(5);
    const signed = await signPdf({
      pdf,
      signer: keyedSigner(ids.officer),
      placement: { kind: 'personal' },
      signingTime,
    });
    assert.ok(signed.subarray(0, pdf.length).equals(pdf), 'the original bytes are kept (incremental update)');
    const report = await verifyPdf({ pdf: signed, trust });
    assert.equal(report.isValid, true);
    assert.deepEqual(ZSignatureReport.parse(report), report, 'the report is the shared contract');
    const [signature] = report.signatures;
    assert.deepEqual(notPassed(signature), ['revocation:unknown']);
    assert.equal(signature?.signer?.commonName, 'Nguyễn Văn An');
    assert.equal(signature?.signer?.title, 'Phó Viện trưởng');
    assert.equal(signature?.signer?.organisation, OFFICE);
    assert.equal(signature?.signer?.serialNumber, ids.officer.certificate.serialHex);
    assert.equal(signature?.claimedSigningTime, signingTime.toISOString());
    assert.equal(signature?.subFilter, 'ETSI.CAdES.detached');
    assert.equal(signature?.changesAfterSigning, 'none');
    assert.equal(signature?.chain.length, 3);
    assert.equal(signature?.chain.at(-1)?.isTrustedRoot, true);
  });

  test('the CMS is PAdES B-B: signing-certificate-v2, no signing-time attribute, detached', async () => {
    const signed = await signPdf({
      pdf: await makeTestPdf(1),
      signer: keyedSigner(ids.officer),
      placement: { kind: 'personal' },
    });
    const [found] = findSignatures(await PDFDocument.load(signed));
    assert.ok(found);
    const cms = parseSignedData(found.contents);
    assert.deepEqual(
      [...cms.signedAttributes.keys()].sort(),
      [OID.contentType, OID.messageDigest, OID.signingCertificateV2].sort(),
    );
    assert.equal(cms.encapsulatedContent, undefined);
    assert.equal(cms.certificates.length, 3);
  });

  test('changing one signed byte fails the integrity check', async () => {
    const signed = await signPdf({
      pdf: await makeTestPdf(2),
      signer: keyedSigner(ids.officer),
      placement: { kind: 'personal' },
    });
    const tampered = Buffer.from(signed);
    // The page width in the MediaBox: 595.28 becomes 595.29, still a well-formed PDF.
    const at = tampered.indexOf('595.28');
    tampered[at + 5] = '9'.charCodeAt(0);
    const report = await verifyPdf({ pdf: tampered, trust });
    assert.equal(report.isValid, false);
    assert.equal(report.signatures[0]?.checks.integrity.status, 'failed');
    assert.equal(report.signatures[0]?.checks.signature.status, 'passed', 'the CMS itself is untouched');
  });

  test('personal then organisational signature: both verify, placed per the rules', async () => {
    const { both } = await signTwice(await makeTestPdf(3));
    const report = await verifyPdf({ pdf: both, trust });
    assert.equal(report.isValid, true);
    assert.deepEqual(
      report.signatures.map((s) => [s.signer?.commonName, s.changesAfterSigning]),
      [
        ['Nguyễn Văn An', 'signatures_only'],
        [OFFICE, 'none'],
      ],
    );
    const doc = await PDFDocument.load(both);
    const pages = doc.getPages();
    const annots = pages.map((page) => page.node.Annots()?.size() ?? 0);
    assert.deepEqual(annots, [1, 0, 1], 'organisational on page one, personal on the last page');
    const widget = pages[0]?.node.Annots()?.lookup(0, PDFDict);
    const rect = widget?.lookup(PDFName.of('Rect'), PDFArray).asRectangle();
    assert.ok(rect && rect.x > 300 && rect.y > 700, 'top-right of page one');
  });

  test('a PDF with object and cross-reference streams is signed twice and verifies', async () => {
    const { both } = await signTwice(await makeTestPdf(2, { useObjectStreams: true }));
    const report = await verifyPdf({ pdf: both, trust });
    assert.equal(report.isValid, true);
    assert.equal(report.signatures.length, 2);
  });

  test('a pdfkit document with Vietnamese text is signed twice and verifies', async () => {
    const { both } = await signTwice(await makePdfkitPdf(2));
    const report = await verifyPdf({ pdf: both, trust });
    assert.equal(report.isValid, true);
    assert.deepEqual(
      report.signatures.map((s) => s.changesAfterSigning),
      ['signatures_only', 'none'],
    );
  });

  test('an update after signing that changes a page is reported as a change', async () => {
    const { personal } = await signTwice(await makeTestPdf(2));
    const doc = await PDFDocument.load(personal, { updateMetadata: false });
    reserveObjectNumbers(personal, doc.context);
    const firstNew = doc.context.largestObjectNumber + 1;
    const page = doc.getPage(0);
    page.drawText('CHANGED', {
      x: 100,
      y: 100,
      size: 30,
      color: rgb(1, 0, 0),
      font: await doc.embedFont(StandardFonts.Helvetica),
    });
    await doc.flush();
    const created = doc.context.enumerateIndirectObjects().filter(([ref]) => ref.objectNumber >= firstNew);
    const edited = appendIncrementalUpdate(personal, doc.context, [[page.ref, page.node], ...created]);
    const report = await verifyPdf({ pdf: edited, trust });
    assert.equal(report.isValid, false);
    assert.equal(report.signatures[0]?.changesAfterSigning, 'other');
    assert.equal(report.signatures[0]?.checks.integrity.status, 'passed', 'the signed revision itself is intact');
    assert.equal(report.signatures[0]?.checks.modification.status, 'failed');
  });

  test('an unsigned PDF has no valid signature', async () => {
    const report = await verifyPdf({ pdf: await makeTestPdf(1), trust });
    assert.deepEqual([report.isValid, report.signatures.length], [false, 0]);
  });
});
