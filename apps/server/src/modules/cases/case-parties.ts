import {
  type AddChargeInput,
  type AssignCaseInput,
  type CaseDetail,
  categoryOfCharge,
  type EvidenceInput,
  type PersonInput,
  type UpdatePersonInput,
  ZAddChargeInput,
  ZAssignCaseInput,
  ZEvidenceInput,
  ZPersonInput,
  ZUpdatePersonInput,
} from '@eprocuracy/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { diffFields } from '../../platform/audit.ts';
import { assertDateWithin } from '../../platform/checks.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { getOfficer } from '../identity/officers.ts';
import { checkCharge } from './case-checks.ts';
import { chargeOf } from './case-derived.ts';
import { changeCase } from './case-writes.ts';
import * as repo from './cases.repo.ts';
import { caseCharges, casePersons } from './cases.schema.ts';

const personFields = (input: Partial<PersonInput>) => ({
  fullName: input.fullName,
  birthDate: input.birthDate,
  sex: input.sex,
  idNumber: input.idNumber,
  nationality: input.nationality,
  address: input.address,
  province: input.province,
  occupation: input.occupation,
  offenceDate: input.offenceDate,
  chargedOn: input.chargedOn,
});

const storedFields = (p: repo.PersonRow) => ({
  fullName: p.fullName,
  birthDate: p.birthDate,
  sex: p.sex,
  idNumber: p.idNumber,
  nationality: p.nationality,
  address: p.address,
  province: p.province,
  occupation: p.occupation,
  offenceDate: p.offenceDate,
  chargedOn: p.chargedOn,
});

const checkPersonDates = (input: Partial<PersonInput>, today: string) => {
  if (input.birthDate) assertDateWithin('birthDate', input.birthDate, '1900-01-01', today);
  if (input.offenceDate) assertDateWithin('offenceDate', input.offenceDate, '1900-01-01', today);
  if (input.chargedOn) assertDateWithin('chargedOn', input.chargedOn, '1900-01-01', today);
};

/** A legal person has no birth date or sex (Art. 74 PC): refuse them rather than store nonsense. */
const checkCorporate = (kind: string, input: Partial<PersonInput>) => {
  if (kind !== 'corporate') return;
  for (const field of ['birthDate', 'sex'] as const) {
    if (input[field] !== undefined) {
      throw invalid([{ field, vi: 'Pháp nhân không có trường này', en: 'A legal person has no such field' }]);
    }
  }
};

const findPerson = async (tx: Db, caseId: string, personId: string) => {
  const [person] = await tx
    .select()
    .from(casePersons)
    .where(and(eq(casePersons.id, personId), eq(casePersons.caseId, caseId), isNull(casePersons.mergedInto)));
  if (!person)
    throw invalid([{ field: 'personId', vi: 'Không có người này trong vụ án', en: 'No such person in the case' }]);
  return person;
};

/** Adds a defendant, victim or other participant (Art. 55 CPC). */
export const addPerson = (ctx: Ctx, options: { id: string; input: PersonInput }): Promise<CaseDetail> => {
  const input = ZPersonInput.parse(options.input);
  checkPersonDates(input, todayInVietnam());
  checkCorporate(input.kind, input);
  return changeCase(ctx, options.id, async (tx, row) => {
    const personId = newId();
    await repo.insertPerson(tx, {
      id: personId,
      caseId: row.id,
      role: input.role,
      kind: input.kind,
      ...personFields(input),
    } as never);
    return {
      event: { kind: 'person_added', data: { personId, role: input.role, fullName: input.fullName } },
      audit: {
        action: 'case.person_added',
        changes: diffFields(null, { personId, role: input.role, ...personFields(input) }),
      },
    };
  });
};

/** Corrects a participant's identity data. */
export const updatePerson = (
  ctx: Ctx,
  options: { id: string; personId: string; input: UpdatePersonInput },
): Promise<CaseDetail> => {
  const input = ZUpdatePersonInput.parse(options.input);
  checkPersonDates(input, todayInVietnam());
  return changeCase(ctx, options.id, async (tx, row) => {
    const person = await findPerson(tx, row.id, options.personId);
    checkCorporate(person.kind, input);
    const patch = Object.fromEntries(Object.entries(personFields(input)).filter(([, v]) => v !== undefined));
    await repo.updatePerson(tx, person.id, patch);
    return {
      event: {
        kind: 'person_updated',
        data: { personId: person.id, fullName: input.fullName ?? person.fullName, fields: Object.keys(patch) },
      },
      audit: {
        action: 'case.person_updated',
        changes: diffFields(storedFields(person), { ...storedFields(person), ...patch }),
      },
    };
  });
};

/** Charges the case or one defendant with an offence of the Penal Code in force on the charging day. */
export const addCharge = (ctx: Ctx, options: { id: string; input: AddChargeInput }): Promise<CaseDetail> => {
  const input = ZAddChargeInput.parse(options.input);
  const today = todayInVietnam();
  if (input.chargedOn) assertDateWithin('chargedOn', input.chargedOn, '1900-01-01', today);
  return changeCase(ctx, options.id, async (tx, row) => {
    if (input.personId) {
      const person = await findPerson(tx, row.id, input.personId);
      if (person.role !== 'defendant') {
        throw invalid([
          { field: 'personId', vi: 'Chỉ bị can, bị cáo mới bị buộc tội', en: 'Only a defendant can be charged' },
        ]);
      }
    }
    const charge = checkCharge(input, input.chargedOn ?? row.offenceDate ?? row.openedOn ?? today, 'charge');
    const chargeId = newId();
    await repo.insertCharges(tx, [
      {
        id: chargeId,
        caseId: row.id,
        personId: input.personId ?? null,
        article: charge.article,
        clause: charge.clause,
        point: charge.point,
        category: categoryOfCharge(chargeOf(charge), charge.catalogue) ?? null,
        catalogueVersion: charge.catalogue.version,
        chargedOn: input.chargedOn ?? null,
      },
    ]);
    if (input.personId && input.chargedOn) await repo.updatePerson(tx, input.personId, { chargedOn: input.chargedOn });
    const data = {
      chargeId,
      personId: input.personId ?? null,
      article: charge.article,
      clause: charge.clause,
      point: charge.point,
    };
    return {
      event: { kind: 'charge_added', data },
      audit: { action: 'case.charge_added', changes: diffFields(null, data) },
    };
  });
};

/** Withdraws a charge (kept, marked withdrawn). */
export const withdrawCharge = (ctx: Ctx, options: { id: string; chargeId: string }): Promise<CaseDetail> =>
  changeCase(ctx, options.id, async (tx, row) => {
    const [charge] = await tx
      .select()
      .from(caseCharges)
      .where(
        and(eq(caseCharges.id, options.chargeId), eq(caseCharges.caseId, row.id), isNull(caseCharges.withdrawnAt)),
      );
    if (!charge) throw notFound();
    await repo.withdrawCharge(tx, charge.id);
    const data = { chargeId: charge.id, article: charge.article, clause: charge.clause };
    return {
      event: { kind: 'charge_withdrawn', data },
      audit: { action: 'case.charge_withdrawn', changes: diffFields(data, null) },
    };
  });

/** Records an item of evidence (vật chứng, Art. 89 CPC). */
export const addEvidence = (ctx: Ctx, options: { id: string; input: EvidenceInput }): Promise<CaseDetail> => {
  const input = ZEvidenceInput.parse(options.input);
  if (input.seizedOn) assertDateWithin('seizedOn', input.seizedOn, '1900-01-01', todayInVietnam());
  return changeCase(ctx, options.id, async (tx, row) => {
    const evidenceId = newId();
    const fields = {
      description: input.description,
      quantity: input.quantity ?? null,
      unit: input.unit ?? null,
      seizedOn: input.seizedOn ?? null,
      note: input.note ?? null,
    };
    await repo.insertEvidence(tx, { id: evidenceId, caseId: row.id, ...fields });
    return {
      event: { kind: 'evidence_added', data: { evidenceId, description: input.description } },
      audit: { action: 'case.evidence_added', changes: diffFields(null, fields) },
    };
  });
};

/** A leader of the case's office (or above) assigns a prosecutor or a leader in charge (Art. 41(1)(c) CPC). */
export const assignOfficer = async (ctx: Ctx, options: { id: string; input: AssignCaseInput }): Promise<CaseDetail> => {
  const input = ZAssignCaseInput.parse(options.input);
  if (!ctx.actor.roles.includes('leader')) throw forbidden();
  const officer = await getOfficer(ctx, input.officerId);
  const fromDate = input.fromDate ?? todayInVietnam();
  return changeCase(ctx, options.id, async (tx, row) => {
    if (officer.officeId !== row.officeId) {
      throw invalid([
        {
          field: 'officerId',
          vi: 'Cán bộ không thuộc đơn vị thụ lý vụ án',
          en: 'The officer does not belong to the office handling the case',
        },
      ]);
    }
    if (officer.status !== 'active') {
      throw invalid([{ field: 'officerId', vi: 'Cán bộ không còn công tác', en: 'The officer is not active' }]);
    }
    const current = await repo.currentAssignments(tx, [row.id]);
    if (current.some((a) => a.officerId === officer.id)) {
      throw conflict({ vi: 'Cán bộ đã được phân công', en: 'The officer is already assigned' }, [
        { field: 'officerId', vi: 'Đã được phân công', en: 'Already assigned' },
      ]);
    }
    await repo.insertAssignment(tx, {
      caseId: row.id,
      officerId: officer.id,
      role: input.role,
      fromDate,
      assignedBy: ctx.actor.officerId,
    });
    const data = { officerId: officer.id, fullName: officer.fullName, role: input.role, fromDate };
    return { event: { kind: 'assigned', data }, audit: { action: 'case.assigned', changes: diffFields(null, data) } };
  });
};

/** Ends an officer's assignment to the case. */
export const unassignOfficer = async (ctx: Ctx, options: { id: string; officerId: string }): Promise<CaseDetail> => {
  if (!ctx.actor.roles.includes('leader')) throw forbidden();
  return changeCase(ctx, options.id, async (tx, row) => {
    const current = await repo.currentAssignments(tx, [row.id]);
    const assignment = current.find((a) => a.officerId === options.officerId);
    if (!assignment) throw notFound();
    await repo.closeAssignment(tx, row.id, options.officerId, todayInVietnam());
    const data = { officerId: options.officerId, fullName: assignment.fullName, role: assignment.role };
    return {
      event: { kind: 'unassigned', data },
      audit: { action: 'case.unassigned', changes: diffFields(data, null) },
    };
  });
};
