import {
  applyDecisionToLedger,
  type CaseLedger,
  type CaseStage,
  compareDates,
  type LegalDate,
  openingLedger,
  type ProcedureCategory,
  QUALITY_STAGES,
  type QualityStage,
  STAGE_LABELS,
} from '@eprocuracy/domain';
import { newId } from '../../../platform/ids.ts';

const INDICTED = ['conclude_investigation_prosecute', 'indictment', 'deliver_decision'];

/**
 * The decisions of the catalogue that carry a case from its opening (Art. 153 CPC) to the stage a legacy
 * system says it reached: the conclusion of the investigation (Art. 232, 233), the indictment (Art. 243)
 * and its delivery (Art. 240(2)), the first-instance judgment (Art. 327) and an appeal (Art. 331).
 * Suspension and termination are read as decided during the investigation (Art. 229, 230), where legacy
 * registers record almost all of them. A closed case needs a final judgment, which the catalogue records
 * only on appeal (Art. 355): such cases are refused rather than given an appeal that never happened.
 */
const PATHS: Partial<Record<CaseStage, readonly string[]>> = {
  investigation: [],
  prosecution: ['conclude_investigation_prosecute'],
  first_instance_trial: INDICTED,
  appeal: [...INDICTED, 'first_instance_judgment', 'appeal_by_party'],
  suspended: ['suspend_investigation'],
  terminated: ['terminate_investigation'],
};

export type LedgerDecision = { id: string; typeCode: string; date: LegalDate };

export type ImportedLedger =
  | { ok: true; ledger: CaseLedger; reachedStage: string; decisions: LedgerDecision[] }
  | { ok: false; field: 'stage' | 'stage_date'; vi: string; en: string };

const furthest = (a: string, b: string) =>
  QUALITY_STAGES.indexOf(b as QualityStage) > QUALITY_STAGES.indexOf(a as QualityStage) ? b : a;

/**
 * The case's ledger (stage and running periods) rebuilt by applying, through the domain's stage machine and
 * deadline engine, the opening decision on `openedOn` and the decisions leading to `stage` on `stageDate`:
 * what is stored is a state the system itself could have reached, never an impossible one.
 */
export const ledgerForStage = (
  stage: CaseStage,
  openedOn: LegalDate,
  stageDate: LegalDate | undefined,
  category: ProcedureCategory,
): ImportedLedger => {
  const path = PATHS[stage];
  if (!path) {
    const label = STAGE_LABELS[stage];
    return {
      ok: false,
      field: 'stage',
      vi: `Chưa nhập được vụ án ở giai đoạn "${label.vi}" (danh mục quyết định chưa có quyết định dẫn tới giai đoạn này)`,
      en: `Cases at the stage "${label.en}" cannot be imported (no catalogue decision leads there)`,
    };
  }
  if (path.length > 0 && !stageDate) {
    return {
      ok: false,
      field: 'stage_date',
      vi: 'Cần ngày chuyển sang giai đoạn này',
      en: 'Give the date the case entered this stage',
    };
  }
  if (stageDate && compareDates(stageDate, openedOn) < 0) {
    return { ok: false, field: 'stage_date', vi: 'Không được trước ngày khởi tố', en: 'May not be before the opening' };
  }
  const decisions: LedgerDecision[] = [
    { id: '0', typeCode: 'open_case', date: openedOn },
    ...path.map((typeCode, i) => ({ id: String(i + 1), typeCode, date: stageDate ?? openedOn })),
  ];
  let ledger = openingLedger();
  let reachedStage: string = ledger.state.stage;
  for (const decision of decisions) {
    const applied = applyDecisionToLedger(ledger, decision, undefined, category);
    if (!applied.ok) {
      const basis = applied.basis ? ` (${applied.basis})` : '';
      return { ok: false, field: 'stage', vi: `${applied.reason.vi}${basis}`, en: `${applied.reason.en}${basis}` };
    }
    ledger = applied.ledger;
    reachedStage = furthest(reachedStage, ledger.state.stage);
  }
  return { ok: true, ledger, reachedStage, decisions };
};

/** The same ledger with its own decision ids (the periods name the decision that started them). */
const withFreshIds = (built: ImportedLedger): ImportedLedger => {
  if (!built.ok) return built;
  const ids = built.decisions.map(() => newId());
  const idOf = (placeholder: string | undefined) => (placeholder === undefined ? undefined : ids[Number(placeholder)]);
  return {
    ...built,
    decisions: built.decisions.map((d, i) => ({ ...d, id: ids[i] as string })),
    ledger: {
      ...built.ledger,
      periods: built.ledger.periods.map((p) => ({ ...p, ...(p.decisionId ? { decisionId: idOf(p.decisionId) } : {}) })),
    },
  };
};

/**
 * `ledgerForStage` for a whole file: cases opened the same day and at the same stage share one computation
 * (the deadline engine is the costly part of checking a row); each case still gets its own decision ids.
 */
export const createLedgerBuilder = () => {
  const built = new Map<string, ImportedLedger>();
  return (stage: CaseStage, openedOn: LegalDate, stageDate: LegalDate | undefined, category: ProcedureCategory) => {
    const key = `${stage}|${openedOn}|${stageDate}|${category}`;
    let ledger = built.get(key);
    if (!ledger) {
      ledger = ledgerForStage(stage, openedOn, stageDate, category);
      built.set(key, ledger);
    }
    return withFreshIds(ledger);
  };
};
