import type { SignatureReport } from '@eprocuracy/domain';
import { appendAudit } from '../../../platform/audit.ts';
import type { Ctx } from '../../../platform/context.ts';
import type { SigningOnFirstUse } from './signing-on-first-use.ts';

/** The verdict kept in the audit log: valid, invalid (some check failed) or unsigned. */
const verdictOf = (report: SignatureReport) =>
  report.signatures.length === 0 ? 'unsigned' : report.isValid ? 'valid' : 'invalid';

/**
 * Verifies the signatures of an uploaded PDF for any signed-in officer and audits who checked which file
 * (by its SHA-256) with what verdict; the file itself is not kept.
 */
export const verifySignatures = async (
  ctx: Ctx,
  { pdf, signing }: { pdf: Buffer; signing: SigningOnFirstUse },
): Promise<SignatureReport> => {
  const report = await signing.verify(pdf);
  await ctx.db.transaction((tx) =>
    appendAudit(tx, ctx.audit, {
      action: 'signature.verified',
      entityType: 'file',
      entityId: report.sha256,
      changes: {
        verdict: { before: null, after: verdictOf(report) },
        signatures: { before: null, after: report.signatures.length },
      },
    }),
  );
  return report;
};
