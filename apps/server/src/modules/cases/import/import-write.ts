import type { LegalDate } from '@eprocuracy/domain';
import type { SignedInActor } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db.ts';
import { allocateNumbers } from '../../../platform/numbering.ts';
import { type CaseAggregate, insertCaseAggregates, rewriteCaseAggregates } from '../case-bulk.ts';
import { aggregateOf } from './import-aggregate.ts';
import type { CasePlan } from './import-check.ts';

/** The register cases are numbered in (the same as `openCase`). */
const REGISTER = 'case';

/** Cases written per statement batch: a few thousand rows of the file, well inside one transaction's memory. */
export const CASES_PER_BATCH = 500;

export const inBatches = <T>(items: readonly T[], size = CASES_PER_BATCH): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * New cases get the next numbers of their office's register for the year they were opened, in file order,
 * one gapless block per office and year; an existing case keeps its number.
 */
const numberCases = async (tx: Db, plans: readonly CasePlan[]) => {
  const fresh = Map.groupBy(
    plans.filter((p) => !p.existing),
    (p) => `${p.office.id}|${p.fields.openedOn.slice(0, 4)}`,
  );
  const numbers = new Map<CasePlan, { number: number; year: number }>();
  for (const group of fresh.values()) {
    const first = group[0] as CasePlan;
    const year = Number(first.fields.openedOn.slice(0, 4));
    const start = await allocateNumbers(tx, first.office.id, REGISTER, year, group.length);
    group.forEach((plan, i) => {
      numbers.set(plan, { number: start + i, year });
    });
  }
  for (const plan of plans) {
    if (plan.existing) numbers.set(plan, { number: plan.existing.number, year: plan.existing.year });
  }
  return numbers;
};

/**
 * Writes a batch of planned cases inside the caller's transaction: new ones inserted in multi-row
 * statements, existing ones (same office and reference) rewritten in place with their parts replaced.
 */
export const writeCases = async (
  tx: Db,
  plans: readonly CasePlan[],
  options: { actor: SignedInActor; importId: string; today: LegalDate },
) => {
  const numbers = await numberCases(tx, plans);
  const created: CaseAggregate[] = [];
  const updated: CaseAggregate[] = [];
  for (const plan of plans) {
    const aggregate = aggregateOf(plan, numbers.get(plan) as { number: number; year: number }, options);
    (plan.existing ? updated : created).push(aggregate);
  }
  await insertCaseAggregates(tx, created, options.today);
  if (updated.length > 0) await rewriteCaseAggregates(tx, updated, options.today);
  return { created: created.length, updated: updated.length };
};
