import { findDecisionType } from '@eprocuracy/domain';
import type { SignedInActor } from '../../../platform/context.ts';
import { newId } from '../../../platform/ids.ts';
import type { CaseAggregate } from '../case-bulk.ts';
import type { CasePlan } from './import-check.ts';

/**
 * The state a decision of the path is stored in: the procuracy's own as issued, another body's needing
 * approval as approved, the rest as recorded (in effect at once), as if each had gone through its workflow.
 */
const stateOf = (typeCode: string) => {
  const type = findDecisionType(typeCode);
  if (type?.issuer === 'procuracy') return 'issued';
  return type?.requiresProcuracyApproval ? 'approved' : 'recorded';
};

/** Everything one planned case writes: the case row (number given), defendants, charges, decisions, measures. */
export const aggregateOf = (
  plan: CasePlan,
  register: { number: number; year: number },
  { actor, importId }: { actor: SignedInActor; importId: string },
): CaseAggregate => {
  const { caseId, fields, existing, ledger } = plan;
  const state = ledger.ledger.state;
  return {
    case: {
      id: caseId,
      officeId: plan.office.id,
      year: register.year,
      number: register.number,
      externalRef: plan.group.ref,
      title: fields.title,
      // Kept from the stored case: the file has no column for them.
      summary: existing?.summary ?? null,
      reportReceivedOn: existing?.reportReceivedOn ?? null,
      investigatingBodyCode: existing?.investigatingBodyCode ?? null,
      crimeReportId: existing?.crimeReportId ?? null,
      stage: state.stage,
      stageState: state,
      reachedStage: ledger.reachedStage,
      periods: ledger.ledger.periods,
      secrecy: plan.secrecy,
      openingNumber: fields.openingNumber,
      openedOn: fields.openedOn,
      investigatingBodyName: fields.investigatingBody,
      offenceDate: fields.offenceDate ?? null,
      offencePlace: fields.offencePlace ?? null,
      createdBy: existing?.createdBy ?? actor.officerId,
    },
    persons: plan.persons.map(({ id, group: { fields: d } }) => ({
      id,
      caseId,
      role: 'defendant',
      kind: 'individual',
      fullName: d.name as string,
      birthDate: d.birthDate ?? null,
      sex: d.sex ?? null,
      idNumber: d.idNumber ?? null,
      address: d.address ?? null,
      externalRef: d.ref ?? null,
    })),
    charges: plan.charges.map((c) => ({
      id: newId(),
      caseId,
      personId: c.personId,
      article: c.article,
      clause: c.clause,
      point: c.point,
      catalogueVersion: c.catalogue.version,
    })),
    decisions: ledger.decisions.map((d) => ({
      id: d.id,
      caseId,
      typeCode: d.typeCode,
      number: d.typeCode === 'open_case' ? fields.openingNumber : null,
      decisionDate: d.date,
      state: stateOf(d.typeCode),
      inEffect: true,
      draftedBy: actor.officerId,
    })),
    measures: plan.measures.map((m) => ({
      id: m.id,
      caseId,
      personId: m.defendantId,
      kind: m.kind,
      stage: m.stage,
      start: m.start,
      ordered: m.ordered ?? null,
      orderedEnd: m.orderedEnd ?? null,
      extensions: [...(m.extensions ?? [])],
      custodyDaysDeducted: m.custodyDaysDeducted ?? null,
      endedAt: m.endedAt ?? null,
    })),
    evidence: [],
    assignments: plan.prosecutorIds.map((officerId) => ({
      caseId,
      officerId,
      role: 'prosecutor',
      fromDate: fields.openedOn,
      assignedBy: actor.officerId,
    })),
    events: [
      {
        caseId,
        kind: 'imported',
        data: {
          importId,
          externalRef: plan.group.ref,
          rows: plan.group.rows.map((r) => r.row),
          stage: state.stage,
          isUpdate: existing !== undefined,
        },
        actorId: actor.officerId,
        actorName: actor.fullName,
      },
    ],
  };
};
