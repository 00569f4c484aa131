import { createHash } from 'node:crypto';
import type { SignatureReport } from '@eprocuracy/domain';
import { PDFDocument } from 'pdf-lib';
import { changesAfterSigning } from './later-changes.ts';
import { findSignatures } from './pdf-signatures.ts';
import { type TrustSettings, verifySignature } from './verify-signature.ts';

/**
 * Verifies every signature of a PDF: integrity of the signed bytes, the CMS signature, the chain to a trusted
 * root, validity and revocation at the claimed signing time, key usage, PAdES profile, and whether the file
 * changed after each signature. Returns the report; never throws for a bad signature, only for a file that
 * is not a PDF.
 */
export const verifyPdf = async ({
  pdf,
  trust,
  now = new Date(),
}: {
  pdf: Buffer;
  trust: TrustSettings;
  now?: Date;
}): Promise<SignatureReport> => {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true });
  doc.getPageCount(); // pdf-lib loads a file without catalog or page tree, and throws only here
  const found = findSignatures(doc);
  const ends = found.map((s) => s.byteRange[2] + s.byteRange[3]);
  const signatures = [];
  for (const [index, signature] of found.entries()) {
    const end = ends[index] ?? 0;
    const changes = await changesAfterSigning({
      pdf,
      end,
      final: doc,
      hasLaterSignatures: ends.some((e) => e > end),
    }).catch(() => 'other' as const);
    signatures.push(verifySignature(pdf, signature, index, changes, trust));
  }
  return {
    sha256: createHash('sha256').update(pdf).digest('hex'),
    byteLength: pdf.length,
    verifiedAt: now.toISOString(),
    signatures,
    isValid: signatures.length > 0 && signatures.every((s) => s.isValid),
  };
};
