import { setImmediate } from 'node:timers/promises';
import { type Actor, addDays, can, type Role, type Secrecy } from '@eprocuracy/domain';
import { appendAudit } from '../../platform/audit.ts';
import { splitPath } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { JOB_AUDIT } from '../../platform/jobs/audit-verify.ts';
import type { JobContext } from '../../platform/jobs/define-job.ts';
import { hasJobAuditEntry } from '../../platform/jobs/jobs.repo.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { type DigestCounts, deadlineAlertTitle, digestTitle } from '../notifications/notification-titles.ts';
import { type NewNotification, notifyOnce } from '../notifications/notifications.ts';
import { caseCode, refreshCaseDerived } from './case-derived.ts';
import type { DeadlineAlertsPayload } from './deadline-alerts.job.ts';
import * as repo from './deadline-alerts.repo.ts';

type Officer = { officerId: string; officeId: string; officePath: string; roles: string[]; clearance: string };

const actorOf = (o: Officer): Actor => ({
  officerId: o.officerId,
  officeId: o.officeId,
  officePath: splitPath(o.officePath),
  roles: o.roles as Role[],
  clearance: o.clearance as Secrecy,
});

const mayRead = (officer: Officer, c: { officeId: string; officePath: string; secrecy: string }, assigned: boolean) =>
  can(actorOf(officer), 'read', {
    kind: 'case',
    id: '',
    officeId: c.officeId,
    officePath: splitPath(c.officePath),
    secrecy: c.secrecy as Secrecy,
    assigneeIds: assigned ? [officer.officerId] : [],
  });

/**
 * One notification per deadline needing attention for each prosecutor on the case, and for the leaders of
 * the case's office once it is overdue; only for officers the policy lets read the case.
 */
const alertsFor = async (db: Db, caseIds: readonly string[], today: string, horizon: string) => {
  const deadlines = await repo.deadlinesNeedingAttention(db, caseIds, today, horizon);
  if (deadlines.length === 0) return [];
  const overdueOffices = new Set(deadlines.filter((d) => d.dueDate < today).map((d) => d.officeId));
  // One query at a time: inside a transaction they share one connection.
  const prosecutors = await repo.assignedProsecutors(db, [...new Set(deadlines.map((d) => d.caseId))]);
  const leaders = await repo.officeLeaders(db, [...overdueOffices]);
  const prosecutorsOf = Map.groupBy(prosecutors, (p) => p.caseId);
  const leadersOf = Map.groupBy(leaders, (l) => l.officeId);
  return deadlines.flatMap((d): NewNotification[] => {
    const kind = d.dueDate < today ? 'overdue' : 'due_soon';
    const recipients = [
      ...(prosecutorsOf.get(d.caseId) ?? []).filter((p) => mayRead(p, d, true)),
      ...(kind === 'overdue' ? (leadersOf.get(d.officeId) ?? []).filter((l) => mayRead(l, d, false)) : []),
    ];
    const code = caseCode(d, d.officeCode);
    const title = deadlineAlertTitle(kind, { label: { vi: d.labelVi, en: d.labelEn }, caseCode: code, due: d.due });
    return [...new Set(recipients.map((r) => r.officerId))].map((officerId) => ({
      officerId,
      kind,
      caseId: d.caseId,
      subjectKey: `${d.caseId}:${d.key}:${d.dueDate}`,
      dueDate: d.dueDate,
      titleVi: title.vi,
      titleEn: title.en,
    }));
  });
};

/** One summary per officer with anything overdue or due soon, counting only cases they may read. */
const digestsFor = async (db: Db, today: string, horizon: string): Promise<NewNotification[]> => {
  const own = await repo.prosecutorDeadlineCounts(db, today, horizon);
  const office = await repo.leaderOverdueCounts(db, today, horizon);
  const totals = new Map<string, DigestCounts>();
  const totalOf = (officerId: string) => {
    const found = totals.get(officerId) ?? { overdue: 0, dueSoon: 0, officeOverdue: 0 };
    totals.set(officerId, found);
    return found;
  };
  const caseOf = (g: (typeof own)[number]) => ({
    officeId: g.caseOfficeId,
    officePath: g.caseOfficePath,
    secrecy: g.secrecy,
  });
  for (const group of own.filter((g) => mayRead(g, caseOf(g), true))) {
    const total = totalOf(group.officerId);
    total.overdue += group.overdue;
    total.dueSoon += group.dueSoon;
  }
  for (const group of office.filter((g) => mayRead(g, caseOf(g), false)))
    totalOf(group.officerId).officeOverdue += group.overdue;
  return [...totals].map(([officerId, counts]) => {
    const title = digestTitle(today, counts);
    return { officerId, kind: 'digest', subjectKey: `digest:${today}`, titleVi: title.vi, titleEn: title.en };
  });
};

/**
 * The daily deadline run: walks every live case in id batches, recomputes its deadlines as of today, and
 * alerts the officers concerned; then sends each one a digest. Every batch commits on its own and every
 * notification has a unique key, so a run killed midway and run again finishes with each alert sent once.
 */
export const sendDeadlineAlerts = async ({ job, db, config, signal, payload }: JobContext<DeadlineAlertsPayload>) => {
  const today = todayInVietnam();
  const horizon = addDays(today, config.DEADLINE_SOON_DAYS);
  const startedAt = performance.now();
  let afterId: string | null = null;
  let caseCount = 0;
  let alerts = 0;
  for (;;) {
    // The embedded database answers without giving the event loop a turn: let heartbeats, logs and requests run.
    await setImmediate();
    signal.throwIfAborted();
    const ids = await repo.liveCaseIdsAfter(db, afterId, payload.batchSize);
    if (ids.length === 0) break;
    alerts += await db.transaction(async (tx) => {
      await repo.takeAlertBatchLock(tx);
      await refreshCaseDerived(tx, ids, today);
      return notifyOnce(tx, await alertsFor(tx, ids, today, horizon));
    });
    caseCount += ids.length;
    afterId = ids[ids.length - 1] ?? null;
  }
  signal.throwIfAborted();
  const digests = await db.transaction(async (tx) => {
    await repo.takeAlertBatchLock(tx);
    return notifyOnce(tx, await digestsFor(tx, today, horizon));
  });
  const seconds = (performance.now() - startedAt) / 1000;
  const result = {
    date: today,
    cases: caseCount,
    alerts,
    digests,
    casesPerSecond: Math.round(caseCount / Math.max(seconds, 0.001)),
  };
  await db.transaction(async (tx) => {
    if (await hasJobAuditEntry(tx, job.id)) return;
    await appendAudit(tx, JOB_AUDIT, {
      action: 'cases.deadline_alerts',
      entityType: 'job',
      entityId: job.id,
      changes: Object.fromEntries(Object.entries(result).map(([k, v]) => [k, { before: null, after: v }])),
    });
  });
};
