import {
  type AssignProsecutorInput,
  type CrimeReport,
  type CrimeReportStatus,
  type RecordExtensionInput,
  type ResumeSettlementInput,
  type Secrecy,
  type SettleCrimeReportInput,
  type SuspendSettlementInput,
  secrecyRank,
} from '@eprocuracy/domain';
import { appendAudit, type Changes, diffFields } from '../../platform/audit.ts';
import { assertDateWithin } from '../../platform/checks.ts';
import type { Ctx } from '../../platform/context.ts';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { findOfficer } from '../identity/officers.repo.ts';
import { computeSettlementDeadline } from './crime-report-deadline.ts';
import { auditable, categoryOf, type Found, loadWritable } from './crime-report-records.ts';
import * as repo from './crime-reports.repo.ts';
import { getCrimeReport } from './crime-reports.ts';

const OPEN: readonly CrimeReportStatus[] = ['received', 'assigned', 'resumed'];

const assertOpen = (found: Found, allowed: readonly CrimeReportStatus[] = OPEN) => {
  if (!allowed.includes(found.report.status as CrimeReportStatus)) {
    throw conflict({
      vi: `Tố giác, tin báo đang ở trạng thái "${found.report.status}", không thực hiện được thao tác này`,
      en: `The report is "${found.report.status}"; this action is not possible`,
    });
  }
};

/** Records one event and its audit entry, and applies the status change, in one transaction. */
const recordEvent = (
  ctx: Ctx,
  found: Found,
  event: { kind: string; data: Record<string, unknown> },
  patch: Partial<repo.CrimeReportRow> = {},
  extraChanges: Changes = {},
) =>
  ctx.db.transaction(async (tx) => {
    if (Object.keys(patch).length > 0) await repo.updateCrimeReport(tx, found.report.id, patch);
    await repo.appendEvent(tx, {
      crimeReportId: found.report.id,
      kind: event.kind,
      data: event.data,
      actorId: ctx.actor.officerId,
      actorName: ctx.actor.fullName,
    });
    await appendAudit(tx, ctx.audit, {
      action: `crime_report.${event.kind}`,
      entityType: 'crime_report',
      entityId: found.report.id,
      changes: {
        ...diffFields(auditable(found.report), auditable({ ...found.report, ...patch })),
        ...extraChanges,
        event: { before: null, after: event.data },
      },
    });
  });

/** The leader of the office assigns a prosecutor of that office to supervise the settlement. */
export const assignProsecutor = async (
  ctx: Ctx,
  options: { id: string; input: AssignProsecutorInput },
): Promise<CrimeReport> => {
  const { found, assignees } = await loadWritable(ctx, options.id);
  if (!ctx.actor.roles.includes('leader') || ctx.actor.officeId !== found.report.officeId) throw forbidden();
  assertOpen(found, [...OPEN, 'suspended']);
  const officer = await findOfficer(ctx.db, options.input.officerId);
  const field = 'officerId';
  if (
    !officer ||
    officer.officer.officeId !== found.report.officeId ||
    officer.officer.status !== 'active' ||
    !(officer.officer.roles as string[]).includes('prosecutor')
  ) {
    throw invalid([
      {
        field,
        vi: 'Phải là kiểm sát viên đang công tác tại đơn vị tiếp nhận',
        en: 'Must be an active prosecutor of the receiving office',
      },
    ]);
  }
  if (secrecyRank(officer.officer.clearance as Secrecy) < secrecyRank(found.report.secrecy as Secrecy)) {
    throw invalid([
      {
        field,
        vi: 'Kiểm sát viên không được tiếp cận độ mật của tố giác, tin báo này',
        en: 'The prosecutor’s clearance is below the report’s secrecy',
      },
    ]);
  }
  if (assignees.some((a) => a.officerId === officer.officer.id)) {
    throw conflict({ vi: 'Kiểm sát viên đã được phân công', en: 'The prosecutor is already assigned' }, [
      { field, vi: 'Đã được phân công', en: 'Already assigned' },
    ]);
  }
  const today = todayInVietnam();
  const fromDate = options.input.fromDate ?? today;
  assertDateWithin('fromDate', fromDate, found.report.receivedOn, today);
  const status = found.report.status === 'received' ? 'assigned' : found.report.status;
  await ctx.db.transaction(async (tx) => {
    await repo.insertAssignment(tx, {
      crimeReportId: found.report.id,
      officerId: officer.officer.id,
      fromDate,
      toDate: null,
      assignedBy: ctx.actor.officerId,
    });
    if (status !== found.report.status) await repo.updateCrimeReport(tx, found.report.id, { status });
    await repo.appendEvent(tx, {
      crimeReportId: found.report.id,
      kind: 'assigned',
      data: { officerId: officer.officer.id, fullName: officer.officer.fullName, fromDate },
      actorId: ctx.actor.officerId,
      actorName: ctx.actor.fullName,
    });
    await appendAudit(tx, ctx.audit, {
      action: 'crime_report.assigned',
      entityType: 'crime_report',
      entityId: found.report.id,
      changes: {
        ...diffFields({ status: found.report.status }, { status }),
        assignees: {
          before: assignees.map((a) => a.officerId),
          after: [...assignees.map((a) => a.officerId), officer.officer.id],
        },
      },
    });
  });
  return getCrimeReport(ctx, found.report.id);
};

/** The leader of the office ends a prosecutor's assignment; the history keeps who supervised when. */
export const unassignProsecutor = async (
  ctx: Ctx,
  options: { id: string; officerId: string },
): Promise<CrimeReport> => {
  const { found, assignees } = await loadWritable(ctx, options.id);
  if (!ctx.actor.roles.includes('leader') || ctx.actor.officeId !== found.report.officeId) throw forbidden();
  if (!assignees.some((a) => a.officerId === options.officerId)) throw notFound('assignment');
  const toDate = todayInVietnam();
  await ctx.db.transaction(async (tx) => {
    await repo.closeAssignment(tx, found.report.id, options.officerId, toDate);
    await repo.appendEvent(tx, {
      crimeReportId: found.report.id,
      kind: 'unassigned',
      data: { officerId: options.officerId, toDate },
      actorId: ctx.actor.officerId,
      actorName: ctx.actor.fullName,
    });
    await appendAudit(tx, ctx.audit, {
      action: 'crime_report.unassigned',
      entityType: 'crime_report',
      entityId: found.report.id,
      changes: {
        assignees: {
          before: assignees.map((a) => a.officerId),
          after: assignees.map((a) => a.officerId).filter((id) => id !== options.officerId),
        },
      },
    });
  });
  return getCrimeReport(ctx, found.report.id);
};

/** Records an extension of the settlement period after checking it against Art. 147(2),(3). */
export const recordExtension = async (
  ctx: Ctx,
  options: { id: string; input: RecordExtensionInput },
): Promise<CrimeReport> => {
  const { found, events } = await loadWritable(ctx, options.id);
  assertOpen(found);
  const { input } = options;
  assertDateWithin('grantedOn', input.grantedOn, found.report.receivedOn, todayInVietnam());
  const extra = {
    months: input.months,
    grantedOn: input.grantedOn,
    ...(input.tier === undefined ? {} : { tier: input.tier }),
  };
  const { result } = computeSettlementDeadline(found.report.receivedOn, events, categoryOf(found.report), extra);
  if (!result.ok) {
    const field = result.field.endsWith('.grantedOn') ? 'grantedOn' : 'months';
    const basis = result.basis ?? 'Điều 147 BLTTHS';
    const vi = result.reason.vi.includes(basis) ? result.reason.vi : `${result.reason.vi} (${basis})`;
    throw invalid([{ field, vi, en: result.reason.en }]);
  }
  await recordEvent(ctx, found, { kind: 'extension_granted', data: { ...extra, grantedBy: input.grantedBy } });
  return getCrimeReport(ctx, found.report.id);
};

/** Suspends the settlement (Art. 148): the period stops running until it is resumed. */
export const suspendSettlement = async (
  ctx: Ctx,
  options: { id: string; input: SuspendSettlementInput },
): Promise<CrimeReport> => {
  const { found } = await loadWritable(ctx, options.id);
  assertOpen(found);
  assertDateWithin('date', options.input.date, found.report.receivedOn, todayInVietnam());
  await recordEvent(ctx, found, { kind: 'suspended', data: { ...options.input } }, { status: 'suspended' });
  return getCrimeReport(ctx, found.report.id);
};

/** Resumes a suspended settlement (Art. 149); the Art. 147 period runs again from the resumption. */
export const resumeSettlement = async (
  ctx: Ctx,
  options: { id: string; input: ResumeSettlementInput },
): Promise<CrimeReport> => {
  const { found, events } = await loadWritable(ctx, options.id);
  assertOpen(found, ['suspended']);
  const suspendedOn = String(events.filter((e) => e.kind === 'suspended').at(-1)?.data.date ?? found.report.receivedOn);
  assertDateWithin('date', options.input.date, suspendedOn, todayInVietnam());
  await recordEvent(ctx, found, { kind: 'resumed', data: { ...options.input } }, { status: 'resumed' });
  return getCrimeReport(ctx, found.report.id);
};

/** Settles the report with one of the Art. 147(1) decisions: open a case, refuse, or suspend. */
export const settleCrimeReport = async (
  ctx: Ctx,
  options: { id: string; input: SettleCrimeReportInput },
): Promise<CrimeReport> => {
  const { outcome, ...decision } = options.input;
  if (outcome === 'suspend') return suspendSettlement(ctx, { id: options.id, input: decision });
  const { found } = await loadWritable(ctx, options.id);
  assertOpen(found);
  assertDateWithin('date', decision.date, found.report.receivedOn, todayInVietnam());
  const result = outcome === 'open_case' ? 'opened_case' : 'refused';
  await recordEvent(
    ctx,
    found,
    { kind: 'settled', data: { outcome: result, ...decision } },
    { status: 'settled', outcome: result },
  );
  return getCrimeReport(ctx, found.report.id);
};
