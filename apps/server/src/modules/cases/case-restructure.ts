import type { DecisionType, RecordDecisionInput } from '@eprocuracy/domain';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { invalid } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { allocateNumber } from '../../platform/numbering.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { getOffice } from '../identity/offices.ts';
import { refreshCaseDerived } from './case-derived.ts';
import { loadWritable } from './case-records.ts';
import * as repo from './cases.repo.ts';
import { caseAssignments, caseCharges, caseEvidence, caseMeasures, casePersons, cases } from './cases.schema.ts';

type Details = NonNullable<repo.DecisionRow['details']>;

const refuse = (field: string, vi: string, en: string) => invalid([{ field, vi, en }]);

/**
 * What a transfer (Art. 169, 239, 274), joining (Art. 170(1), 242(1)) or splitting (Art. 170(2), 242(2))
 * needs besides the decision, checked with the actor's own rights before anything is written: the
 * receiving office, a case of the same office the actor may change, defendants of this case.
 */
export const restructureDetails = async (
  ctx: Ctx,
  caseId: string,
  type: DecisionType,
  input: RecordDecisionInput,
): Promise<Details | null> => {
  switch (type.stageAct) {
    case 'transfer': {
      if (!input.targetOfficeId) throw refuse('targetOfficeId', 'Cần chọn đơn vị nhận', 'Choose the receiving office');
      const office = await getOffice(ctx, input.targetOfficeId);
      return { targetOfficeId: office.id };
    }
    case 'join': {
      if (!input.relatedCaseId) throw refuse('relatedCaseId', 'Cần chọn vụ án được nhập', 'Choose the case to join');
      if (input.relatedCaseId === caseId)
        throw refuse('relatedCaseId', 'Không thể nhập vụ án vào chính nó', 'A case cannot be joined to itself');
      const self = await loadWritable(ctx, caseId);
      const related = await loadWritable(ctx, input.relatedCaseId);
      if (related.found.row.officeId !== self.found.row.officeId || related.found.row.mergedInto) {
        throw refuse(
          'relatedCaseId',
          'Chỉ nhập vụ án đang giải quyết của cùng đơn vị',
          'Only a live case of the same office can be joined',
        );
      }
      return { relatedCaseId: related.found.row.id };
    }
    case 'split': {
      if (!input.personIds?.length)
        throw refuse('personIds', 'Cần chọn bị can được tách', 'Choose the defendants to split off');
      return { personIds: [...new Set(input.personIds)] };
    }
    default:
      return null;
  }
};

const move = async (tx: Db, from: string, to: string, personIds?: readonly string[]) => {
  const who = personIds ? [...personIds] : undefined;
  await tx
    .update(casePersons)
    .set({ caseId: to })
    .where(and(eq(casePersons.caseId, from), who ? inArray(casePersons.id, who) : undefined));
  await tx
    .update(caseCharges)
    .set({ caseId: to })
    .where(and(eq(caseCharges.caseId, from), who ? inArray(caseCharges.personId, who) : undefined));
  await tx
    .update(caseMeasures)
    .set({ caseId: to })
    .where(and(eq(caseMeasures.caseId, from), who ? inArray(caseMeasures.personId, who) : undefined));
  if (!who) await tx.update(caseEvidence).set({ caseId: to }).where(eq(caseEvidence.caseId, from));
};

const event = (tx: Db, ctx: Ctx, caseId: string, kind: string, data: Record<string, unknown>) =>
  repo.appendEvent(tx, { caseId, kind, data, actorId: ctx.actor.officerId, actorName: ctx.actor.fullName });

/** Carries out a transfer, joining or splitting once its decision is in effect; returns what it did. */
export const restructure = async (
  tx: Db,
  ctx: Ctx,
  row: repo.CaseRow,
  decision: repo.DecisionRow,
  type: DecisionType,
): Promise<Record<string, unknown> | null> => {
  const details = decision.details ?? {};
  const today = todayInVietnam();
  if (type.stageAct === 'transfer' && details.targetOfficeId) {
    await tx.update(cases).set({ officeId: details.targetOfficeId }).where(eq(cases.id, row.id));
    await tx.update(caseAssignments).set({ toDate: today }).where(eq(caseAssignments.caseId, row.id));
    return { transferredFrom: row.officeId, transferredTo: details.targetOfficeId };
  }
  if (type.stageAct === 'join' && details.relatedCaseId) {
    const related = await repo.lockCase(tx, details.relatedCaseId);
    if (!related || related.mergedInto)
      throw refuse('relatedCaseId', 'Vụ án không còn để nhập', 'The case is no longer available to join');
    await move(tx, related.id, row.id);
    await tx
      .update(cases)
      .set({ mergedInto: row.id, mergeReason: 'joined', periods: [] })
      .where(eq(cases.id, related.id));
    await tx
      .update(caseAssignments)
      .set({ toDate: today })
      .where(and(eq(caseAssignments.caseId, related.id), isNull(caseAssignments.toDate)));
    await event(tx, ctx, related.id, 'joined_into', { caseId: row.id, decisionId: decision.id });
    await refreshCaseDerived(tx, [related.id], today);
    return { joinedCaseId: related.id };
  }
  if (type.stageAct === 'split' && details.personIds) {
    const defendants = (await repo.loadDerivationParts(tx, [row.id])).persons.filter(
      (p) => p.role === 'defendant' && p.mergedInto === null,
    );
    const chosen = details.personIds;
    if (!chosen.every((id) => defendants.some((d) => d.id === id))) {
      throw refuse('personIds', 'Chỉ tách bị can của vụ án này', 'Only defendants of this case can be split off');
    }
    if (chosen.length >= defendants.length) {
      throw refuse(
        'personIds',
        'Phải còn ít nhất một bị can ở vụ án cũ',
        'At least one defendant must stay in the case',
      );
    }
    const current = await repo.lockCase(tx, row.id);
    if (!current) throw refuse('personIds', 'Không còn vụ án', 'The case is gone');
    const id = newId();
    const year = Number(decision.decisionDate.slice(0, 4));
    const number = await allocateNumber(tx, current.officeId, 'case', year);
    await repo.insertCase(tx, {
      ...current,
      id,
      year,
      number,
      externalRef: null,
      title: `${current.title} (tách)`,
      crimeReportId: null,
      version: 1,
      createdBy: ctx.actor.officerId,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    await move(tx, row.id, id, chosen);
    const officers = await repo.currentAssignments(tx, [row.id]);
    for (const o of officers) {
      await repo.insertAssignment(tx, {
        caseId: id,
        officerId: o.officerId,
        role: o.role,
        fromDate: today,
        assignedBy: ctx.actor.officerId,
      });
    }
    await event(tx, ctx, id, 'split_from', { caseId: row.id, decisionId: decision.id, personIds: chosen });
    await refreshCaseDerived(tx, [id], today);
    return { splitCaseId: id, personIds: chosen };
  }
  return null;
};
