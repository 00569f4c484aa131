import {
  type CrimeReport,
  type CrimeReportDetail,
  type CrimeReportListQuery,
  type RegisterCrimeReportInput,
  ZRegisterCrimeReportInput,
} from '@eprocuracy/domain';
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { accessFilter } from '../../platform/access.ts';
import { appendAudit, diffFields } from '../../platform/audit.ts';
import { assertClearance, assertDateWithin } from '../../platform/checks.ts';
import type { Ctx } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { allocateNumber } from '../../platform/numbering.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { getOffice } from '../identity/offices.ts';
import { auditable, checkOffence, loadReadable, present } from './crime-report-records.ts';
import * as repo from './crime-reports.repo.ts';
import { crimeReports } from './crime-reports.schema.ts';

const REGISTER = 'crime_report';

/** A crime report as the actor may see it, with its settlement deadline computed from the law. */
export const getCrimeReport = async (ctx: Ctx, id: string): Promise<CrimeReportDetail> => {
  const { found, assignees, events } = await loadReadable(ctx, id);
  return {
    ...present(found, assignees, events, todayInVietnam()),
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      data: e.data,
      at: e.at.toISOString(),
      actorId: e.actorId,
      actorName: e.actorName,
    })),
  };
};

/** Registers a report received by the actor's office and gives it the next number of the year's register. */
export const registerCrimeReport = async (
  ctx: Ctx,
  options: { input: RegisterCrimeReportInput },
): Promise<CrimeReport> => {
  const input = ZRegisterCrimeReportInput.parse(options.input);
  const { actor } = ctx;
  if (!actor.roles.some((role) => role === 'clerk' || role === 'prosecutor' || role === 'leader')) throw forbidden();
  assertClearance(actor, input.secrecy);
  const today = todayInVietnam();
  assertDateWithin('receivedOn', input.receivedOn, '1900-01-01', today);
  const offence = checkOffence(input.suspectedOffence, input.receivedOn);
  const id = newId();
  const year = Number(input.receivedOn.slice(0, 4));
  await ctx.db.transaction(async (tx) => {
    const number = await allocateNumber(tx, actor.officeId, REGISTER, year);
    const row = {
      id,
      officeId: actor.officeId,
      year,
      number,
      kind: input.kind,
      receivedOn: input.receivedOn,
      source: input.source,
      summary: input.summary,
      offenceArticle: offence?.article ?? null,
      offenceClause: offence?.clause ?? null,
      investigatingBodyName: input.investigatingBodyName ?? null,
      investigatingBodyCode: input.investigatingBodyCode ?? null,
      secrecy: input.secrecy,
      status: 'received',
      outcome: null,
      createdBy: actor.officerId,
    };
    await repo.insertCrimeReport(tx, row);
    await repo.appendEvent(tx, {
      crimeReportId: id,
      kind: 'registered',
      data: { number, year, receivedOn: input.receivedOn },
      actorId: actor.officerId,
      actorName: actor.fullName,
    });
    await appendAudit(tx, ctx.audit, {
      action: 'crime_report.registered',
      entityType: 'crime_report',
      entityId: id,
      changes: diffFields(null, auditable(row)),
    });
  });
  return getCrimeReport(ctx, id);
};

const deadlineMatches = (report: CrimeReport, query: CrimeReportListQuery): boolean => {
  const d = report.deadline;
  if (query.overdue === 'true' && !(d.state === 'running' && d.overdue)) return false;
  if (query.overdue === 'false' && d.state === 'running' && d.overdue) return false;
  if (query.dueSoon !== undefined && !(d.state === 'running' && !d.overdue && d.daysLeft <= query.dueSoon))
    return false;
  return true;
};

/** Reports the actor may read (the same rule as the detail), filtered, newest first. */
export const listCrimeReports = async (ctx: Ctx, query: CrimeReportListQuery) => {
  const conditions: (SQL | undefined)[] = [
    accessFilter(ctx, 'case', 'read', {
      officeId: crimeReports.officeId,
      officePath: repo.officePathColumn,
      secrecy: crimeReports.secrecy,
      isAssigned: repo.isAssignedTo,
    }),
  ];
  if (query.officeId) {
    const office = await getOffice(ctx, query.officeId);
    conditions.push(
      query.subtree === 'true' ? repo.inOfficeSubtree(office.path) : eq(crimeReports.officeId, office.id),
    );
  }
  if (query.status) conditions.push(eq(crimeReports.status, query.status));
  if (query.mine === 'true') conditions.push(repo.isAssignedTo(ctx.actor.officerId));
  if (query.q) conditions.push(repo.textMatches(query.q));
  const byDeadline = query.overdue !== undefined || query.dueSoon !== undefined;
  // A deadline is computed, not stored, so these filters run over the open reports in memory.
  if (byDeadline) conditions.push(inArray(crimeReports.status, ['received', 'assigned', 'resumed']));
  const filter = and(...conditions) as SQL;
  const rows = byDeadline
    ? await repo.listCrimeReports(ctx.db, filter)
    : await repo.listCrimeReports(ctx.db, filter, query);
  const ids = rows.map((r) => r.report.id);
  const [assignments, events] = await Promise.all([repo.currentAssignments(ctx.db, ids), repo.listEvents(ctx.db, ids)]);
  const today = todayInVietnam();
  const assigneesOf = Map.groupBy(assignments, (a) => a.crimeReportId);
  const eventsOf = Map.groupBy(events, (e) => e.crimeReportId);
  const items = rows.map((row) =>
    present(
      row,
      (assigneesOf.get(row.report.id) ?? []).map(({ crimeReportId: _, ...a }) => a),
      eventsOf.get(row.report.id) ?? [],
      today,
    ),
  );
  if (!byDeadline) return { items, total: await repo.countCrimeReports(ctx.db, filter) };
  const kept = items.filter((item) => deadlineMatches(item, query));
  return { items: kept.slice(query.offset, query.offset + query.limit), total: kept.length };
};
