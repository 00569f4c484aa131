import { sql } from 'drizzle-orm';
import type { Db } from './db.ts';
import { numberSequences } from './numbering.schema.ts';

/** The next number of a register, without gaps: the counter row is locked until the transaction ends. */
export const allocateNumber = async (tx: Db, officeId: string, kind: string, year: number): Promise<number> => {
  const rows = await tx
    .insert(numberSequences)
    .values({ officeId, kind, year, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [numberSequences.officeId, numberSequences.kind, numberSequences.year],
      set: { lastNumber: sql`${numberSequences.lastNumber} + 1` },
    })
    .returning({ n: numberSequences.lastNumber });
  const n = rows[0]?.n;
  if (n === undefined) throw new Error('number allocation returned no row');
  return n;
};
