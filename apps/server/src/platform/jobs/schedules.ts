import type { z } from 'zod';
import type { Db } from '../db.ts';
import { newId } from '../ids.ts';
import type { JobDefinition } from './define-job.ts';
import { enqueue } from './enqueue.ts';
import { claimScheduleSlot } from './jobs.repo.ts';

/** A recurring job: every day at `hour:minute` wall-clock time in `timeZone`. */
export type DailySchedule<S extends z.ZodType = z.ZodType> = {
  job: JobDefinition<S>;
  payload: z.input<S>;
  hour: number;
  minute: number;
  timeZone: string;
};

/** Declares a daily schedule (Vietnam time unless said otherwise). */
export const daily = <S extends z.ZodType>(
  job: JobDefinition<S>,
  payload: z.input<S>,
  at: { hour: number; minute?: number; timeZone?: string },
): DailySchedule<S> => ({
  job,
  payload,
  hour: at.hour,
  minute: at.minute ?? 0,
  timeZone: at.timeZone ?? 'Asia/Ho_Chi_Minh',
});

const dateIn = (instant: Date, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone }).format(instant);

/** Milliseconds the zone is ahead of UTC at `instant`. */
const offsetMs = (instant: Date, timeZone: string): number => {
  const parts: Record<string, number> = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(instant)
      .map((p) => [p.type, Number(p.value)]),
  );
  const part = (type: string) => parts[type] ?? 0;
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
};

const slotOn = (date: string, schedule: DailySchedule): Date => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, schedule.hour, schedule.minute);
  return new Date(wall - offsetMs(new Date(wall), schedule.timeZone));
};

/** The latest time at or before `now` when the schedule was due, and its calendar date in the zone. */
export const latestSlot = (schedule: DailySchedule, now: Date): { at: Date; date: string } => {
  const today = dateIn(now, schedule.timeZone);
  const slot = slotOn(today, schedule);
  if (slot.getTime() <= now.getTime()) return { at: slot, date: today };
  const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return { at: slotOn(yesterday, schedule), date: yesterday };
};

/**
 * Enqueues each schedule's latest due slot unless some process already did. A slot missed while the
 * server was down runs once at the next start; earlier missed slots are not replayed.
 */
export const enqueueDueSchedules = async (db: Db, schedules: readonly DailySchedule[], now = new Date()) => {
  let enqueued = 0;
  for (const schedule of schedules) {
    const slot = latestSlot(schedule, now);
    const id = newId();
    await db.transaction(async (tx) => {
      if (!(await claimScheduleSlot(tx, schedule.job.name, slot.at, id))) return;
      const created = await enqueue(tx, schedule.job, schedule.payload, {
        id,
        runAt: slot.at,
        singletonKey: `${schedule.job.name}:${slot.date}`,
      });
      if (created) enqueued += 1;
    });
  }
  return enqueued;
};
