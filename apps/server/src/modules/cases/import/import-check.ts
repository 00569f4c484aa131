import {
  type Actor,
  type CaseStage,
  can,
  caseCategory,
  compareDates,
  type LegalDate,
  type PreventiveMeasure,
  type ProcedureCategory,
  type Resource,
  type Secrecy,
  secrecyRank,
} from '@eprocuracy/domain';
import { splitPath } from '../../../platform/context.ts';
import { newId } from '../../../platform/ids.ts';
import type { CheckedCharge, createChargeChecker } from './import-charges.ts';
import type { CaseGroup, ChargeEntry, DefendantGroup } from './import-group.ts';
import type { createLedgerBuilder, ImportedLedger } from './import-ledger.ts';
import { type ExistingCase, existingKey, type ImportLookups, type ImportOffice } from './import-lookups.ts';
import { planMeasures } from './import-measures.ts';
import { CASE_FIELD_COLUMNS, type CaseFields, type ParsedRow } from './import-row.ts';

export type PlannedCharge = CheckedCharge & { personId: string | null };

/** A case of the file that passed every check, with what writing it needs. */
export type CasePlan = {
  group: CaseGroup;
  caseId: string;
  office: ImportOffice;
  existing?: ExistingCase;
  fields: Required<Pick<CaseFields, 'title' | 'openingNumber' | 'openedOn' | 'investigatingBody'>> & CaseFields;
  secrecy: Secrecy;
  ledger: Extract<ImportedLedger, { ok: true }>;
  persons: { id: string; group: DefendantGroup }[];
  charges: PlannedCharge[];
  measures: PreventiveMeasure[];
  prosecutorIds: string[];
};

export type CheckContext = {
  actor: Actor;
  lookups: ImportLookups;
  today: LegalDate;
  checkCharge: ReturnType<typeof createChargeChecker>;
  buildLedger: ReturnType<typeof createLedgerBuilder>;
};

const EARLIEST = '1900-01-01';
type Fail = (row: ParsedRow, field: string, vi: string, en: string) => void;
const fail: Fail = (row, field, vi, en) => {
  row.errors.push({ field, vi, en });
};

const checkDates = (group: CaseGroup, today: LegalDate) => {
  const { openedOn, offenceDate, stageDate, judgmentDate } = group.fields;
  const within = (key: keyof CaseFields, date: LegalDate | undefined, from: LegalDate, to: LegalDate) => {
    if (!date) return;
    const row = group.rowOf(key);
    const column = CASE_FIELD_COLUMNS[key];
    if (compareDates(date, from) < 0) fail(row, column ?? key, `Không được trước ${from}`, `May not be before ${from}`);
    if (compareDates(date, to) > 0) fail(row, column ?? key, `Không được sau ${to}`, `May not be after ${to}`);
  };
  within('openedOn', openedOn, EARLIEST, today);
  within('offenceDate', offenceDate, EARLIEST, openedOn ?? today);
  within('stageDate', stageDate, openedOn ?? EARLIEST, today);
  within('judgmentDate', judgmentDate, openedOn ?? EARLIEST, today);
  for (const d of group.defendants) {
    if (d.fields.birthDate && compareDates(d.fields.birthDate, today) > 0) {
      fail(d.rowOf('birthDate'), 'birth_date', 'Không được sau hôm nay', 'May not be after today');
    }
  }
};

const checkOffice = (group: CaseGroup, ctx: CheckContext, secrecy: Secrecy) => {
  const code = group.fields.officeCode as string;
  const row = group.rowOf('officeCode');
  const office = ctx.lookups.offices.get(code);
  if (!office) {
    fail(row, 'office_code', `Không có đơn vị mã ${code}`, `No office with code ${code}`);
    return undefined;
  }
  if (office.status !== 'active') {
    fail(row, 'office_code', `Đơn vị ${code} không còn hoạt động`, `Office ${code} is not active`);
    return undefined;
  }
  if (secrecyRank(secrecy) > secrecyRank(ctx.actor.clearance)) {
    fail(
      group.rowOf('secrecy'),
      'secrecy',
      'Không thể ghi độ mật cao hơn độ mật được tiếp cận của mình',
      'Cannot classify above your own clearance',
    );
  }
  return office;
};

/** Prosecutors named by username: active officers of the case's office, cleared for its secrecy. */
const checkProsecutors = (group: CaseGroup, ctx: CheckContext, office: ImportOffice, secrecy: Secrecy) => {
  const row = group.rowOf('prosecutors');
  const ids: string[] = [];
  for (const username of group.fields.prosecutors ?? []) {
    const officer = ctx.lookups.officers.get(username);
    if (!officer) fail(row, 'prosecutor', `Không có cán bộ ${username}`, `No officer ${username}`);
    else if (officer.officeId !== office.id || officer.status !== 'active') {
      fail(
        row,
        'prosecutor',
        `${username} không phải cán bộ đang công tác tại đơn vị ${office.code}`,
        `${username} is not an active officer of office ${office.code}`,
      );
    } else if (!officer.roles.some((r) => r === 'prosecutor' || r === 'leader')) {
      fail(row, 'prosecutor', `${username} không phải Kiểm sát viên`, `${username} is not a prosecutor`);
    } else if (secrecyRank(officer.clearance as Secrecy) < secrecyRank(secrecy)) {
      fail(row, 'prosecutor', `${username} không được tiếp cận độ mật này`, `${username} is not cleared for it`);
    } else ids.push(officer.id);
  }
  return ids;
};

/** The access policy decides, as for a case opened on screen: the case as it will be, and as it is now. */
const checkAccess = (
  group: CaseGroup,
  ctx: CheckContext,
  office: ImportOffice,
  after: Resource,
  existing?: ExistingCase,
) => {
  const before: Resource | undefined = existing && {
    ...after,
    secrecy: existing.secrecy as Secrecy,
    officePath: splitPath(existing.officePath),
    assigneeIds: existing.assigneeIds,
  };
  if (!can(ctx.actor, 'write', after) || (before && !can(ctx.actor, 'write', before))) {
    fail(
      group.rowOf('officeCode'),
      'office_code',
      `Bạn không có quyền ghi vụ án của đơn vị ${office.code}`,
      `You may not write cases of office ${office.code}`,
    );
  }
};

const checkCharges = (group: CaseGroup, ctx: CheckContext, persons: CasePlan['persons']): PlannedCharge[] => {
  const onDate = (group.fields.offenceDate ?? group.fields.openedOn) as LegalDate;
  const out: PlannedCharge[] = [];
  const add = (entries: ChargeEntry[], personId: string | null) => {
    for (const entry of entries) {
      const checked = ctx.checkCharge(entry, onDate);
      if (checked.ok) out.push({ ...checked.charge, personId });
      else entry.row.errors.push(...checked.errors);
    }
  };
  add(group.caseCharges, null);
  for (const person of persons) add(person.group.charges, person.id);
  return out;
};

/**
 * Checks one case of the file against the database and the law: its office and the actor's right to write
 * there, its prosecutors, dates, charges (Penal Code in force), the stage it reached (rebuilt through the
 * stage machine) and each defendant's measures. Returns the plan, or undefined with errors on the rows.
 */
export const checkCase = (group: CaseGroup, ctx: CheckContext): CasePlan | undefined => {
  const { fields } = group;
  const hasErrors = () => group.rows.some((r) => r.errors.length > 0);
  if (!fields.officeCode || !fields.title || !fields.openingNumber || !fields.openedOn || !fields.investigatingBody) {
    return undefined;
  }
  const secrecy = fields.secrecy ?? 'normal';
  checkDates(group, ctx.today);
  const office = checkOffice(group, ctx, secrecy);
  if (!office) return undefined;
  const prosecutorIds = checkProsecutors(group, ctx, office, secrecy);
  const existing = ctx.lookups.existing.get(existingKey(office.id, group.ref));
  const caseId = existing?.id ?? newId();
  const resource: Resource = {
    kind: 'case',
    id: caseId,
    officeId: office.id,
    officePath: splitPath(office.path),
    secrecy,
    assigneeIds: prosecutorIds,
  };
  checkAccess(group, ctx, office, resource, existing);
  const persons = group.defendants.map((d) => ({ id: newId(), group: d }));
  const charges = checkCharges(group, ctx, persons);
  const stage: CaseStage = fields.stage ?? 'investigation';
  if (stage !== 'investigation' && stage !== 'suspended' && stage !== 'terminated' && persons.length === 0) {
    // The conclusion recommending prosecution names the defendants (Art. 233 CPC).
    fail(
      group.rows[0] as ParsedRow,
      'defendant_name',
      'Giai đoạn này cần ít nhất một bị can',
      'This stage needs a defendant',
    );
  }
  if (stage === 'investigation' && fields.stageDate && fields.stageDate !== fields.openedOn) {
    fail(
      group.rowOf('stageDate'),
      'stage_date',
      'Giai đoạn điều tra bắt đầu từ ngày khởi tố',
      'The investigation starts on the opening day',
    );
  }
  const category = (caseCategory(charges, fields.openedOn) ?? 'minor') as ProcedureCategory;
  const ledger = ctx.buildLedger(
    stage,
    { openedOn: fields.openedOn, stageDate: fields.stageDate, judgmentDate: fields.judgmentDate },
    category,
  );
  if (!ledger.ok) {
    const key = ({ stage: 'stage', stage_date: 'stageDate', judgment_date: 'judgmentDate' } as const)[ledger.field];
    fail(group.rowOf(key), ledger.field, ledger.vi, ledger.en);
    return undefined;
  }
  const timeline = { openedOn: fields.openedOn, stage: ledger.ledger.state.stage, stageDate: fields.stageDate };
  const measures = persons.flatMap((p) =>
    planMeasures(p.group, p.id, timeline, category, ctx.today).map((m) => m.measure),
  );
  if (hasErrors()) return undefined;
  return {
    group,
    caseId,
    office,
    ...(existing ? { existing } : {}),
    fields: {
      ...fields,
      title: fields.title,
      openingNumber: fields.openingNumber,
      openedOn: fields.openedOn,
      investigatingBody: fields.investigatingBody,
    },
    secrecy,
    ledger,
    persons,
    charges,
    measures,
    prosecutorIds,
  };
};
