import assert from 'node:assert/strict';
import { addDays, addMonths, computeDeadline, daysBetween } from '@eprocuracy/domain';
import { enqueue } from '../../platform/jobs/enqueue.ts';
import { findJob } from '../../platform/jobs/jobs.repo.ts';
import type { TestClient } from '../../test/client.ts';
import type { TestApp } from '../../test/harness.ts';
import { deadlineAlertsJob } from '../cases/deadline-alerts.job.ts';

/** Art. 172(1) CPC: a minor crime (theft, Art. 173(1) PC) is investigated within 2 months of opening. */
const investigationDue = (openedOn: string): string => {
  const result = computeDeadline({ ruleId: 'art172_investigation', start: openedOn, category: 'minor' });
  if (!result.ok) throw new Error(`no investigation period from ${openedOn}`);
  return result.due;
};

/** Opening dates that put the investigation period overdue, due within a week, or far ahead of `today`. */
export const openingDates = (today: string) => {
  // Weekends and holidays move the due day on (Art. 134(2)), so search for an opening day that ends within a week.
  const candidates = Array.from({ length: 21 }, (_, k) => addDays(addMonths(today, -2), k - 10));
  const dueSoon = candidates.find((d) => {
    const left = daysBetween(today, investigationDue(d));
    return left >= 0 && left <= 7;
  });
  assert.ok(dueSoon, `no opening day puts the investigation period within a week of ${today}`);
  return { overdue: addMonths(today, -4), dueSoon, running: addDays(today, -3) };
};

/** Opens a theft case through the API as the signed-in officer and returns the case detail. */
export const openTheftCase = async (
  client: TestClient,
  options: { title: string; openedOn: string; secrecy?: string },
): Promise<{ id: string; code: string; officeId: string; officers: { officerId: string }[] }> => {
  const reply = await client.post('/api/cases', {
    title: options.title,
    openingNumber: `${Math.floor(Math.random() * 900) + 100}/QĐ-CSĐT`,
    openedOn: options.openedOn,
    investigatingBodyName: 'Cơ quan Cảnh sát điều tra Công an tỉnh',
    charges: [{ article: '173', clause: 1 }],
    ...(options.secrecy ? { secrecy: options.secrecy } : {}),
  });
  assert.equal(reply.status, 201, reply.text);
  return reply.body;
};

/** Runs the deadline alerts job once in this process, as a worker would, and returns its job id. */
export const runDeadlineAlerts = async (t: TestApp, payload: { batchSize?: number } = {}): Promise<string> => {
  const id = await enqueue(t.database.db, deadlineAlertsJob, payload);
  assert.ok(id);
  const job = await findJob(t.database.db, id);
  assert.ok(job);
  const handler = await deadlineAlertsJob.handler();
  const signal = new AbortController().signal;
  await handler({
    payload: deadlineAlertsJob.payload.parse(payload),
    job,
    db: t.database.db,
    config: t.config,
    signal,
  });
  return id;
};
