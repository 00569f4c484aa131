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

/**
 * Reserves `count` consecutive numbers of a register at once (bulk imports, demo data) and returns the first.
 * Same row lock as `allocateNumber`, so the block is gapless and no concurrent writer can interleave with it.
 */
export const allocateNumbers = async (
  tx: Db,
  officeId: string,
  kind: string,
  year: number,
  count: number,
): Promise<number> => {
  if (!Number.isSafeInteger(count) || count < 1) throw new RangeError(`count must be a positive integer: ${count}`);
  const rows = await tx
    .insert(numberSequences)
    .values({ officeId, kind, year, lastNumber: count })
    .onConflictDoUpdate({
      target: [numberSequences.officeId, numberSequences.kind, numberSequences.year],
      set: { lastNumber: sql`${numberSequences.lastNumber} + ${count}` },
    })
    .returning({ n: numberSequences.lastNumber });
  const last = rows[0]?.n;
  if (last === undefined) throw new Error('number allocation returned no row');
  return last - count + 1;
};
