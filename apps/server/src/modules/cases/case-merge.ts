import { type CaseDetail, findDuplicateCases, type MergeCaseInput, type Secrecy } from '@eprocuracy/domain';
import {
  type CaseMergePlan,
  caseMergeRefusals,
  decisionsLeftOpen,
  type MergeSide,
  planCaseMerge,
} from '@eprocuracy/domain/cases/case-merge';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { diffFields } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { conflict, invalid } from '../../platform/errors.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { caseCode, snapshotOf } from './case-derived.ts';
import { asRecord } from './case-duplicates.ts';
import { caseNotFound, loadWritable } from './case-records.ts';
import { getCase, recordChange } from './case-writes.ts';
import type * as repo from './cases.repo.ts';
import { lockCase } from './cases.repo.ts';
import {
  caseAssignments,
  caseCharges,
  caseDecisions,
  caseEvidence,
  caseMeasures,
  casePersons,
  cases,
} from './cases.schema.ts';

/** Everything of one record the merge reads, one query after another (a transaction takes one at a time). */
const loadRecord = async (tx: Db, row: repo.CaseRow, officeCode: string) => {
  const persons = await tx
    .select()
    .from(casePersons)
    .where(eq(casePersons.caseId, row.id))
    .orderBy(asc(casePersons.createdAt));
  const charges = await tx
    .select()
    .from(caseCharges)
    .where(eq(caseCharges.caseId, row.id))
    .orderBy(asc(caseCharges.createdAt));
  const measures = await tx
    .select()
    .from(caseMeasures)
    .where(eq(caseMeasures.caseId, row.id))
    .orderBy(asc(caseMeasures.createdAt));
  const evidence = await tx
    .select()
    .from(caseEvidence)
    .where(eq(caseEvidence.caseId, row.id))
    .orderBy(asc(caseEvidence.createdAt));
  const decisions = await tx.select().from(caseDecisions).where(eq(caseDecisions.caseId, row.id));
  const live = persons.filter((p) => p.mergedInto === null);
  const side: MergeSide = {
    persons: live.map((p) => ({ ...asRecord(p), role: p.role, kind: p.kind })),
    charges: charges.map((c) => ({ ...c, withdrawn: c.withdrawnAt !== null })),
    measures,
    evidence,
    crimeReportId: row.crimeReportId,
    externalRef: row.externalRef,
  };
  const snapshot = snapshotOf({
    row,
    officeCode,
    persons,
    charges,
    measures,
    pendingDecisions: [],
    assignedProsecutorIds: [],
    evidenceCount: evidence.length,
  });
  const merging = decisions.map((d) => ({
    typeCode: d.typeCode,
    number: d.number,
    date: d.decisionDate,
    state: d.state,
  }));
  return { row, code: caseCode(row, officeCode), live, side, snapshot, decisions: merging };
};
type MergeRecord = Awaited<ReturnType<typeof loadRecord>>;

const factsOf = (r: MergeRecord, openDecisionCount: number) => ({
  id: r.row.id,
  officeId: r.row.officeId,
  stage: r.snapshot.stage,
  reachedStage: r.snapshot.reachedStage,
  secrecy: r.row.secrecy as Secrecy,
  mergedInto: r.row.mergedInto,
  openDecisionCount,
});

/** Moves rows of one table to the case kept, re-pointed to the person they now belong to. */
const moveToPersons = async (
  tx: Db,
  table: typeof caseCharges | typeof caseMeasures,
  caseId: string,
  rows: readonly { id: string; personId: string | null }[],
) => {
  for (const [personId, group] of Map.groupBy(rows, (r) => r.personId)) {
    const ids = group.map((r) => r.id);
    await tx
      .update(table)
      .set(personId === null ? { caseId } : { caseId, personId })
      .where(inArray(table.id, ids));
  }
};

const applyPlan = async (tx: Db, plan: CaseMergePlan, duplicateId: string, keptId: string) => {
  if (plan.movedPersons.length) {
    await tx.update(casePersons).set({ caseId: keptId }).where(inArray(casePersons.id, plan.movedPersons));
  }
  for (const m of plan.mergedPersons) {
    await tx.update(casePersons).set({ mergedInto: m.intoPersonId }).where(eq(casePersons.id, m.personId));
  }
  await moveToPersons(tx, caseCharges, keptId, plan.movedCharges);
  await moveToPersons(
    tx,
    caseMeasures,
    keptId,
    plan.movedMeasures.map((m) => ({ id: m.id, personId: m.personId })),
  );
  if (plan.movedEvidence.length) {
    await tx.update(caseEvidence).set({ caseId: keptId }).where(inArray(caseEvidence.id, plan.movedEvidence));
  }
  // The duplicate lets go of its links first: both are unique.
  await tx
    .update(cases)
    .set({
      mergedInto: keptId,
      mergeReason: 'duplicate',
      periods: [],
      ...(plan.movedLinks.crimeReportId ? { crimeReportId: null } : {}),
      ...(plan.movedLinks.externalRef ? { externalRef: null } : {}),
    })
    .where(eq(cases.id, duplicateId));
  if (plan.movedLinks.crimeReportId || plan.movedLinks.externalRef) {
    await tx.update(cases).set(plan.movedLinks).where(eq(cases.id, keptId));
  }
  await tx
    .update(caseAssignments)
    .set({ toDate: todayInVietnam() })
    .where(and(eq(caseAssignments.caseId, duplicateId), isNull(caseAssignments.toDate)));
};

/** Who was merged and who moved, by name, for the history of both records. */
const peopleOf = (plan: CaseMergePlan, duplicate: MergeRecord, kept: MergeRecord) => {
  const name = (id: string) => [...duplicate.live, ...kept.live].find((p) => p.id === id)?.fullName ?? '';
  return {
    mergedPersons: plan.mergedPersons.map((m) => ({ fullName: name(m.personId), intoFullName: name(m.intoPersonId) })),
    movedPersons: plan.movedPersons.map(name),
  };
};

/**
 * Merges a case registered twice (sạch) into the case kept — data cleaning, not the joining of cases by a
 * decision (Art. 170 CPC, in case-restructure.ts). The actor must be able to change both (a case they cannot
 * read is a 404). The rules are the domain's (`caseMergeRefusals`, `decisionsLeftOpen`, `planCaseMerge`):
 * persons of both are marked merged into the kept record, the others move with their charges and measures,
 * evidence moves, decisions and events stay on the duplicate as its history. The duplicate retires read-only
 * like a joined case (`merged_into`, no running periods, assignments ended); both get an event and an audit
 * entry, and the kept case's derived fields are refreshed, in one transaction with both rows locked.
 * Answers with the case kept.
 */
export const mergeCaseInto = async (
  ctx: Ctx,
  { id, intoCaseId, reason }: MergeCaseInput & { id: string },
): Promise<CaseDetail> => {
  const duplicateCase = await loadWritable(ctx, id);
  const keptCase = await loadWritable(ctx, intoCaseId);
  await ctx.db.transaction(async (tx) => {
    // Both rows, always in the same order, so two merges of the same pair cannot deadlock.
    const locked = new Map<string, repo.CaseRow>();
    for (const caseId of [id, intoCaseId].sort()) {
      const row = await lockCase(tx, caseId);
      if (!row) throw caseNotFound();
      locked.set(caseId, row);
    }
    const [duplicateRow, keptRow] = [locked.get(id), locked.get(intoCaseId)];
    if (!duplicateRow || !keptRow) throw caseNotFound();
    if (duplicateRow.mergedInto) {
      throw conflict({
        vi: 'Vụ án đã được nhập vào vụ án khác; mọi thay đổi ghi ở vụ án đó',
        en: 'The case was merged into another; record changes there',
      });
    }
    const duplicate = await loadRecord(tx, duplicateRow, duplicateCase.found.officeCode);
    const kept = await loadRecord(tx, keptRow, keptCase.found.officeCode);
    const refusals = caseMergeRefusals({
      duplicate: factsOf(duplicate, decisionsLeftOpen(duplicate.decisions, kept.decisions).length),
      kept: factsOf(kept, 0),
      pair: findDuplicateCases([duplicate.snapshot, kept.snapshot])[0],
    });
    if (refusals.length > 0) throw invalid(refusals);
    const plan = planCaseMerge(duplicate.side, kept.side);
    await applyPlan(tx, plan, id, intoCaseId);
    const people = peopleOf(plan, duplicate, kept);
    const moved = {
      charges: plan.movedCharges.length,
      measures: plan.movedMeasures.length,
      evidence: plan.movedEvidence.length,
    };
    await recordChange(tx, ctx, id, {
      event: {
        kind: 'merged_into',
        data: {
          caseId: intoCaseId,
          caseCode: kept.code,
          reason,
          label: { vi: `Vào vụ án ${kept.code}: ${reason}`, en: `Into case ${kept.code}: ${reason}` },
          ...people,
        },
      },
      audit: {
        action: 'case.merged_into',
        changes: diffFields({ mergedInto: null }, { mergedInto: intoCaseId, mergeReason: 'duplicate', reason }),
      },
    });
    const data = { caseId: id, caseCode: duplicate.code, reason, ...people, moved, links: plan.movedLinks };
    await recordChange(tx, ctx, intoCaseId, {
      event: {
        kind: 'duplicate_merged',
        data: {
          ...data,
          label: { vi: `Hồ sơ ${duplicate.code}: ${reason}`, en: `Record ${duplicate.code}: ${reason}` },
        },
      },
      audit: { action: 'case.duplicate_merged', changes: diffFields(null, data) },
    });
  });
  return getCase(ctx, intoCaseId);
};
