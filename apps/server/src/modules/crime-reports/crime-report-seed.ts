import { addDays, type CrimeReportKind } from '@eprocuracy/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/ids.ts';
import { numberSequences } from '../../platform/numbering.schema.ts';
import { officers, offices } from '../identity/identity.schema.ts';
import { crimeReportAssignments, crimeReportEvents, crimeReports } from './crime-reports.schema.ts';

/** A small deterministic PRNG (mulberry32), so the demo is the same on every machine. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const REPORTS: { kind: CrimeReportKind; summary: string; article: string; clause: number }[] = [
  { kind: 'denunciation', summary: 'Tố giác bị trộm xe máy trước cổng chợ', article: '173', clause: 1 },
  {
    kind: 'denunciation',
    summary: 'Tố giác bị lừa đảo qua mạng xã hội, chiếm đoạt tiền chuyển khoản',
    article: '174',
    clause: 2,
  },
  { kind: 'tip', summary: 'Tin báo về việc đánh nhau gây thương tích tại quán ăn', article: '134', clause: 1 },
  { kind: 'tip', summary: 'Tin báo về tụ điểm đánh bạc bằng hình thức ghi số đề', article: '321', clause: 1 },
  { kind: 'tip', summary: 'Tin báo về việc tàng trữ trái phép chất ma túy', article: '249', clause: 1 },
  { kind: 'denunciation', summary: 'Tố giác bị cướp giật điện thoại di động trên đường', article: '171', clause: 1 },
  {
    kind: 'prosecution_request',
    summary: 'Kiến nghị khởi tố của Thanh tra tỉnh về sai phạm trong quản lý đất đai',
    article: '229',
    clause: 1,
  },
  { kind: 'tip', summary: 'Tin báo tai nạn giao thông làm một người chết', article: '260', clause: 1 },
];

const INVESTIGATING_BODY = 'Cơ quan Cảnh sát điều tra Công an';

/** Crime reports per office in the default demo (the one with DEMO_CASE_COUNT cases). */
export const DEMO_REPORTS_PER_OFFICE = 8;

/**
 * Demo crime reports for every office with prosecutors: some just received, some assigned and running
 * toward their Art. 147 deadline (a few overdue), some suspended, some settled. Events are the ones the
 * service itself writes, so deadlines are computed exactly as for live reports.
 */
export const seedCrimeReports = async (
  db: Db,
  { today, perOffice = DEMO_REPORTS_PER_OFFICE }: { today: string; perOffice?: number },
) => {
  const random = prng(147);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const staff = await db
    .select({ id: officers.id, fullName: officers.fullName, officeId: officers.officeId, officeName: offices.name })
    .from(officers)
    .innerJoin(offices, eq(offices.id, officers.officeId))
    .where(and(eq(officers.status, 'active'), inArray(officers.position, ['prosecutor'])));
  const byOffice = Map.groupBy(staff, (s) => s.officeId);
  const year = Number(today.slice(0, 4));
  const reports: (typeof crimeReports.$inferInsert)[] = [];
  const assignments: (typeof crimeReportAssignments.$inferInsert)[] = [];
  const events: (typeof crimeReportEvents.$inferInsert)[] = [];
  for (const [officeId, prosecutors] of byOffice) {
    for (let n = 1; n <= perOffice; n += 1) {
      const template = pick(REPORTS);
      const receivedOn = addDays(today, -Math.floor(random() * 40));
      const id = newId();
      const prosecutor = pick(prosecutors);
      const fate = random();
      const status = fate < 0.15 ? 'received' : fate < 0.65 ? 'assigned' : fate < 0.75 ? 'suspended' : 'settled';
      const outcome = status === 'settled' ? (random() < 0.6 ? 'opened_case' : 'refused') : null;
      reports.push({
        id,
        officeId,
        year,
        number: n,
        kind: template.kind,
        receivedOn,
        source: template.kind === 'prosecution_request' ? 'Thanh tra tỉnh' : 'Công dân trình báo trực tiếp',
        summary: template.summary,
        offenceArticle: template.article,
        offenceClause: template.clause,
        investigatingBodyName: `${INVESTIGATING_BODY} (${prosecutor.officeName.replace('Viện kiểm sát nhân dân ', '')})`,
        investigatingBodyCode: null,
        secrecy: 'normal',
        status,
        outcome,
        createdBy: prosecutor.id,
      });
      const event = (kind: string, data: Record<string, unknown>) =>
        events.push({
          id: newId(),
          crimeReportId: id,
          kind,
          data,
          actorId: prosecutor.id,
          actorName: prosecutor.fullName,
        });
      event('registered', { number: n, year, receivedOn });
      if (status === 'received') continue;
      const fromDate = addDays(receivedOn, 1) < today ? addDays(receivedOn, 1) : receivedOn;
      assignments.push({
        id: newId(),
        crimeReportId: id,
        officerId: prosecutor.id,
        fromDate,
        assignedBy: prosecutor.id,
      });
      event('assigned', { officerId: prosecutor.id, fullName: prosecutor.fullName, fromDate });
      const decisionDate = addDays(receivedOn, 10) < today ? addDays(receivedOn, 10) : today;
      if (status === 'suspended') event('suspended', { decisionNumber: `${n}/QĐ-TĐC`, date: decisionDate });
      if (status === 'settled') {
        const result = outcome === 'opened_case' ? 'open_case' : 'refuse';
        event('settled', {
          outcome: result,
          decisionNumber: `${n}/QĐ-${result === 'open_case' ? 'KTVA' : 'KKT'}`,
          date: decisionDate,
        });
      }
    }
  }
  // Register numbers continue from the seeded ones when officers register new reports.
  const counters = [...byOffice.keys()].map((officeId) => ({
    officeId,
    kind: 'crime_report',
    year,
    lastNumber: perOffice,
  }));
  await db.transaction(async (tx) => {
    for (let i = 0; i < reports.length; i += 500) await tx.insert(crimeReports).values(reports.slice(i, i + 500));
    for (let i = 0; i < assignments.length; i += 500)
      await tx.insert(crimeReportAssignments).values(assignments.slice(i, i + 500));
    for (let i = 0; i < events.length; i += 500) await tx.insert(crimeReportEvents).values(events.slice(i, i + 500));
    if (counters.length) await tx.insert(numberSequences).values(counters);
  });
  return reports.length;
};
