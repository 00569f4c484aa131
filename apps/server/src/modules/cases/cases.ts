import {
  applyDecisionToLedger,
  type CaseDetail,
  categoryOfCharge,
  type OpenCaseInput,
  openingLedger,
  type Secrecy,
  type UpdateCaseInput,
  ZOpenCaseInput,
  ZUpdateCaseInput,
} from '@eprocuracy/domain';
import { appendAudit, diffFields } from '../../platform/audit.ts';
import { assertClearance, assertDateWithin } from '../../platform/checks.ts';
import type { Ctx } from '../../platform/context.ts';
import { conflict, forbidden, invalid } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { allocateNumber } from '../../platform/numbering.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { enqueueReencryptionIfRaised } from '../case-files/reencrypt.job.ts';
import { getCrimeReport } from '../crime-reports/crime-reports.ts';
import { checkCharge } from './case-checks.ts';
import { chargeOf, refreshCaseDerived } from './case-derived.ts';
import { auditable } from './case-records.ts';
import { changeCase, getCase } from './case-writes.ts';
import * as repo from './cases.repo.ts';
import { ledgerRefusal } from './ledger-refusal.ts';

const REGISTER = 'case';
const CASE_WORKERS = ['clerk', 'prosecutor', 'leader'];

/** The day a report was received, once it has been settled by opening a case (Art. 147(1)(a)) not yet recorded. */
const settledReport = async (ctx: Ctx, crimeReportId: string) => {
  const report = await getCrimeReport(ctx, crimeReportId);
  if (report.outcome !== 'opened_case') {
    throw invalid([
      {
        field: 'crimeReportId',
        vi: 'Tin báo chưa được giải quyết bằng quyết định khởi tố vụ án',
        en: 'The report has not been settled by opening a case',
      },
    ]);
  }
  if (await repo.findByCrimeReport(ctx.db, crimeReportId)) {
    throw conflict({ vi: 'Tin báo này đã có vụ án', en: 'A case was already opened from this report' }, [
      { field: 'crimeReportId', vi: 'Đã có vụ án', en: 'Already has a case' },
    ]);
  }
  return report.receivedOn;
};

/**
 * Records a case opened by the investigating body (or by the procuracy, Art. 153(3)) in the actor's office:
 * the next number of the year's register, the opening decision in effect, the investigation period
 * (Art. 172) running from the opening date, the charges, and the actor as prosecutor when they are one.
 */
export const openCase = async (ctx: Ctx, options: { input: OpenCaseInput }): Promise<CaseDetail> => {
  const input = ZOpenCaseInput.parse(options.input);
  const { actor } = ctx;
  if (!actor.roles.some((role) => CASE_WORKERS.includes(role))) throw forbidden();
  assertClearance(actor, input.secrecy);
  const today = todayInVietnam();
  assertDateWithin('openedOn', input.openedOn, '1900-01-01', today);
  const reportReceivedOn = input.crimeReportId ? await settledReport(ctx, input.crimeReportId) : input.reportReceivedOn;
  if (reportReceivedOn) assertDateWithin('reportReceivedOn', reportReceivedOn, '1900-01-01', input.openedOn);
  if (input.offenceDate) assertDateWithin('offenceDate', input.offenceDate, '1900-01-01', input.openedOn);
  const charges = input.charges.map((c, i) => checkCharge(c, input.offenceDate ?? input.openedOn, `charges.${i}`));
  const opening = {
    id: newId(),
    typeCode: input.openedBy === 'procuracy' ? 'open_case_by_procuracy' : 'open_case',
    date: input.openedOn,
  };
  const opened = applyDecisionToLedger(openingLedger(), opening);
  if (!opened.ok) throw ledgerRefusal(opened);
  if (input.externalRef && (await repo.findByExternalRef(ctx.db, actor.officeId, input.externalRef))) {
    throw conflict(
      { vi: 'Mã tham chiếu ngoài đã được dùng cho vụ án khác', en: 'The external reference is already used' },
      [{ field: 'externalRef', vi: 'Đã được dùng', en: 'Already used' }],
    );
  }
  const id = newId();
  const year = Number(input.openedOn.slice(0, 4));
  await ctx.db.transaction(async (tx) => {
    const number = await allocateNumber(tx, actor.officeId, REGISTER, year);
    const row = {
      id,
      officeId: actor.officeId,
      year,
      number,
      externalRef: input.externalRef ?? null,
      title: input.title,
      summary: input.summary ?? null,
      stage: opened.ledger.state.stage,
      stageState: opened.ledger.state,
      reachedStage: opened.ledger.state.stage,
      periods: opened.ledger.periods,
      secrecy: input.secrecy,
      reportReceivedOn: reportReceivedOn ?? null,
      openingNumber: input.openingNumber,
      openedOn: input.openedOn,
      investigatingBodyName: input.investigatingBodyName,
      investigatingBodyCode: input.investigatingBodyCode ?? null,
      offenceDate: input.offenceDate ?? null,
      offencePlace: input.offencePlace ?? null,
      crimeReportId: input.crimeReportId ?? null,
      createdBy: actor.officerId,
    };
    await repo.insertCase(tx, row);
    await repo.insertCharges(
      tx,
      charges.map((c) => ({
        id: newId(),
        caseId: id,
        personId: null,
        article: c.article,
        clause: c.clause,
        point: c.point,
        category: categoryOfCharge(chargeOf(c), c.catalogue) ?? null,
        catalogueVersion: c.catalogue.version,
      })),
    );
    await repo.insertDecision(tx, {
      id: opening.id,
      caseId: id,
      typeCode: opening.typeCode,
      number: input.openingNumber,
      decisionDate: input.openedOn,
      state: input.openedBy === 'procuracy' ? 'issued' : 'recorded',
      inEffect: true,
      draftedBy: actor.officerId,
    });
    if (actor.roles.includes('prosecutor')) {
      await repo.insertAssignment(tx, {
        caseId: id,
        officerId: actor.officerId,
        role: 'prosecutor',
        fromDate: today,
        assignedBy: actor.officerId,
      });
    }
    await repo.appendEvent(tx, {
      caseId: id,
      kind: 'opened',
      data: { number, year, openingNumber: input.openingNumber, openedOn: input.openedOn, basis: opened.basis },
      actorId: actor.officerId,
      actorName: actor.fullName,
    });
    await appendAudit(tx, ctx.audit, {
      action: 'case.opened',
      entityType: 'case',
      entityId: id,
      changes: diffFields(null, auditable(row)),
    });
    await refreshCaseDerived(tx, [id], today);
  });
  return getCase(ctx, id);
};

/** Corrects the general data of a case (title, offence, investigating body, secrecy). */
export const updateCase = (ctx: Ctx, options: { id: string; input: UpdateCaseInput }): Promise<CaseDetail> => {
  const input = ZUpdateCaseInput.parse(options.input);
  if (input.secrecy) assertClearance(ctx.actor, input.secrecy);
  return changeCase(ctx, options.id, async (tx, row) => {
    if (input.offenceDate && row.openedOn)
      assertDateWithin('offenceDate', input.offenceDate, '1900-01-01', row.openedOn);
    const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    await repo.updateCase(tx, row.id, patch);
    if (input.secrecy) {
      const before = row.secrecy as Secrecy;
      await enqueueReencryptionIfRaised(tx, ctx.config, { caseId: row.id, before, after: input.secrecy });
    }
    return {
      event: { kind: 'updated', data: { fields: Object.keys(patch) } },
      audit: { action: 'case.updated', changes: diffFields(auditable(row), auditable({ ...row, ...patch })) },
    };
  });
};
