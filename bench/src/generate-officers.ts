import { defaultRolesFor, type Position } from '@eprocuracy/domain';
import { isNull } from 'drizzle-orm';
import { officerPostings, officers, offices } from '../../apps/server/src/modules/identity/identity.schema.ts';
import { DEMO_PASSWORD } from '../../apps/server/src/modules/identity/seed.ts';
import { openDatabase } from '../../apps/server/src/platform/db.ts';
import { newId } from '../../apps/server/src/platform/ids.ts';
import { hashPassword } from '../../apps/server/src/platform/passwords.ts';

const BATCH = 500;
const POSITIONS: Position[] = ['prosecutor', 'prosecutor', 'prosecutor', 'examiner', 'clerk', 'deputy_head'];

/** Splits rows into insert batches; PostgreSQL limits the parameters of one statement. */
const inBatches = <T>(rows: T[]): T[][] =>
  Array.from({ length: Math.ceil(rows.length / BATCH) }, (_, i) => rows.slice(i * BATCH, (i + 1) * BATCH));

/**
 * Adds a national-scale organisation to a seeded data folder: `officeCount` offices (about one province
 * for ten regional offices) under the root office and `officerCount` officers spread across them.
 */
export const generateOfficers = async (dataDir: string, officerCount: number, officeCount: number) => {
  if (officerCount === 0) return;
  const database = await openDatabase({ dataDir });
  try {
    const [root] = await database.db.select().from(offices).where(isNull(offices.parentId));
    if (!root) throw new Error('the data folder has no root office; seed it first');
    const provinceCount = Math.max(1, Math.round(officeCount / 11));
    const officeRows: (typeof offices.$inferInsert)[] = [];
    for (let i = 0; i < officeCount; i++) {
      const id = newId();
      const isProvince = i < provinceCount;
      const parent = isProvince ? root : (officeRows[i % provinceCount] as typeof offices.$inferInsert);
      officeRows.push({
        id,
        code: `BENCH-${String(i + 1).padStart(4, '0')}`,
        name: `${isProvince ? 'Viện kiểm sát nhân dân tỉnh' : 'Viện kiểm sát nhân dân khu vực'} thử ${i + 1}`,
        levelCode: isProvince ? 'provincial' : 'regional',
        parentId: parent.id,
        path: `${parent.path}${id}/`,
        validFrom: '2025-07-01',
      });
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const officerRows = Array.from({ length: officerCount }, (_, i) => {
      const position = POSITIONS[i % POSITIONS.length] as Position;
      const office = officeRows[i % officeRows.length] as typeof offices.$inferInsert;
      return {
        id: newId(),
        username: `bench.${String(i + 1).padStart(6, '0')}`,
        fullName: `Cán bộ thử ${i + 1}`,
        email: `bench.${i + 1}@vks.gov.vn`,
        officeId: office.id,
        position,
        roles: defaultRolesFor(position),
        clearance: 'normal',
        passwordHash,
      };
    });
    await database.db.transaction(async (tx) => {
      for (const batch of inBatches(officeRows)) await tx.insert(offices).values(batch);
      for (const batch of inBatches(officerRows)) await tx.insert(officers).values(batch);
      const postings = officerRows.map((o) => ({
        id: newId(),
        officerId: o.id,
        officeId: o.officeId,
        position: o.position,
        fromDate: '2025-07-01',
      }));
      for (const batch of inBatches(postings)) await tx.insert(officerPostings).values(batch);
    });
  } finally {
    await database.close();
  }
};
