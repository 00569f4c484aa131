import type { LegalDate } from '@eprocuracy/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { appendAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { allocateNumbers } from '../../platform/numbering.ts';
import { officers, offices } from '../identity/identity.schema.ts';
import { type CaseAggregate, insertCaseAggregates } from './case-bulk.ts';
import { buildSeedCase, type SeedOffice } from './case-seed-case.ts';
import { SEED_PROVINCES } from './case-seed-people.ts';
import { createRandom } from './case-seed-random.ts';

/** How many demo cases `npm start` seeds on an empty database. */
export const DEMO_CASE_COUNT = 2_000;
const FEATURED_PROSECUTOR = 'ksv.quangninh';
const BATCH = 1_000;

/** The provincial and regional offices of the demo with their prosecutors and leaders (heads, deputies). */
export const loadSeedOffices = async (db: Db): Promise<(SeedOffice & { weight: number })[]> => {
  const rows = await db
    .select({ id: offices.id, code: offices.code, level: offices.levelCode })
    .from(offices)
    .where(and(inArray(offices.levelCode, ['provincial', 'regional']), eq(offices.status, 'active')));
  const staff = await db
    .select({
      id: officers.id,
      fullName: officers.fullName,
      officeId: officers.officeId,
      position: officers.position,
      username: officers.username,
    })
    .from(officers)
    .where(and(inArray(officers.position, ['prosecutor', 'head', 'deputy_head']), eq(officers.status, 'active')));
  const byOffice = Map.groupBy(staff, (o) => o.officeId);
  return rows.flatMap((office) => {
    const province = SEED_PROVINCES[office.code.split('-')[0] ?? ''];
    const people = byOffice.get(office.id) ?? [];
    const prosecutors = people.filter((p) => p.position === 'prosecutor');
    const leaders = people.filter((p) => p.position !== 'prosecutor');
    if (!province || prosecutors.length === 0 || leaders.length === 0) return [];
    const featured = prosecutors.find((p) => p.username === FEATURED_PROSECUTOR);
    return [
      {
        id: office.id,
        province,
        prosecutors,
        leaders,
        ...(featured ? { featured } : {}),
        weight: featured ? 4 : office.level === 'provincial' ? 1.3 : 1,
      },
    ];
  });
};

/** Numbers of the case register, per office and year in order of opening, allocated as one block each (gapless). */
const number = async (tx: Db, aggregates: CaseAggregate[]) => {
  const groups = Map.groupBy(aggregates, (a) => `${a.case.officeId}|${a.case.year}`);
  for (const group of groups.values()) {
    group.sort((a, b) => (a.case.openedOn ?? '').localeCompare(b.case.openedOn ?? ''));
    const first = group[0] as CaseAggregate;
    const start = await allocateNumbers(tx, first.case.officeId, 'case', first.case.year, group.length);
    group.forEach((a, i) => {
      a.case.number = start + i;
    });
  }
};

/** The demo cases for `offices`, numbered per office and year; deterministic for the same inputs. */
export const buildSeedCases = (
  seedOffices: readonly (SeedOffice & { weight: number })[],
  options: { today: LegalDate; count: number; seed?: number; extraDefendants?: number },
): CaseAggregate[] => {
  if (seedOffices.length === 0) return [];
  const random = createRandom(options.seed ?? 20251201);
  const weighted = seedOffices.map((o) => [o, o.weight] as const);
  const extra = { extraDefendants: options.extraDefendants ?? 0 };
  return Array.from({ length: options.count }, () =>
    buildSeedCase(random, random.weighted(weighted), options.today, extra),
  );
};

/**
 * Seeds realistic demo cases across the demo offices (DESIGN.md §6): thousands of cases at every stage,
 * each played from its opening through real decisions of the catalogue and the domain's ledger, with
 * defendants, victims, charges, preventive measures, officers and history; some deadlines overdue,
 * some due within days. Deterministic for a given `today` (seeded generator). Returns how many were seeded.
 */
export const seedCases = async (db: Db, options: { today: LegalDate; count?: number; seed?: number }) => {
  const aggregates = buildSeedCases(await loadSeedOffices(db), { ...options, count: options.count ?? DEMO_CASE_COUNT });
  if (aggregates.length === 0) return 0;
  await db.transaction(async (tx) => {
    await number(tx, aggregates);
    for (let i = 0; i < aggregates.length; i += BATCH) {
      await insertCaseAggregates(tx, aggregates.slice(i, i + BATCH), options.today);
    }
    await appendAudit(
      tx,
      { actorId: null, actorName: 'seed', officeId: null, ip: null },
      { action: 'seed.cases', changes: { cases: { before: 0, after: aggregates.length } } },
    );
  });
  return aggregates.length;
};
