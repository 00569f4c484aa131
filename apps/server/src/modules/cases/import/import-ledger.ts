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
const JUDGED = [...INDICTED, 'first_instance_judgment'];

/**
 * The decisions of the catalogue that carry a case from its opening (Art. 153 CPC) to the stage a legacy
 * system says it reached: the conclusion of the investigation (Art. 232, 233), the indictment (Art. 243)
 * and its delivery (Art. 240(2)), the first-instance judgment (Art. 327), then an appeal (Art. 331) or, for a
 * closed case, the judgment becoming final unappealed (Art. 343). Suspension and termination are read as
 * decided during the investigation (Art. 229, 230), where legacy registers record almost all of them. A case
 * closed on appeal (Art. 355) is read the same way: the register gives no appeal to record.
 */
const PATHS: Partial<Record<CaseStage, readonly string[]>> = {
  investigation: [],
  prosecution: ['conclude_investigation_prosecute'],
  first_instance_trial: INDICTED,
  appeal: [...JUDGED, 'appeal_by_party'],
  closed: [...JUDGED, 'first_instance_judgment_final'],
  suspended: ['suspend_investigation'],
  terminated: ['terminate_investigation'],
};

/** Stages whose path passes the first-instance judgment, so the file may give its day. */
const JUDGED_STAGES: readonly CaseStage[] = ['appeal', 'closed'];

/** The days of a legacy case: opened, entered its stage, and (for a judged case) the judgment. */
export type StageDates = { openedOn: LegalDate; stageDate?: LegalDate; judgmentDate?: LegalDate };

export type LedgerDecision = { id: string; typeCode: string; date: LegalDate };

type LedgerField = 'stage' | 'stage_date' | 'judgment_date';
export type ImportedLedger =
  | { ok: true; ledger: CaseLedger; reachedStage: string; decisions: LedgerDecision[] }
  | { ok: false; field: LedgerField; vi: string; en: string };

const furthest = (a: string, b: string) =>
  QUALITY_STAGES.indexOf(b as QualityStage) > QUALITY_STAGES.indexOf(a as QualityStage) ? b : a;

const failure = (field: LedgerField, vi: string, en: string): ImportedLedger => ({ ok: false, field, vi, en });

/** What the dates must be for the stage: a stage date past the opening, a judgment day for a closed case. */
const checkStageDates = (stage: CaseStage, { openedOn, stageDate, judgmentDate }: StageDates) => {
  if ((PATHS[stage]?.length ?? 0) > 0 && !stageDate) {
    return failure('stage_date', 'Cần ngày chuyển sang giai đoạn này', 'Give the date the case entered this stage');
  }
  if (stageDate && compareDates(stageDate, openedOn) < 0) {
    return failure('stage_date', 'Không được trước ngày khởi tố', 'May not be before the opening');
  }
  if (judgmentDate && !JUDGED_STAGES.includes(stage)) {
    return failure(
      'judgment_date',
      'Chỉ ghi ngày tuyên án sơ thẩm cho vụ án ở giai đoạn phúc thẩm hoặc đã kết thúc',
      'A judgment date is given only for a case on appeal or closed',
    );
  }
  if (stage === 'closed' && !judgmentDate) {
    return failure(
      'judgment_date',
      'Vụ án đã kết thúc cần ngày tuyên án sơ thẩm: bản án có hiệu lực pháp luật khi hết thời hạn kháng cáo, kháng nghị (Điều 343 BLTTHS)',
      'A closed case needs the first-instance judgment date: it becomes final when the appeal and protest windows end (Art. 343 CPC)',
    );
  }
  if (
    judgmentDate &&
    (compareDates(judgmentDate, openedOn) < 0 || compareDates(judgmentDate, stageDate as string) > 0)
  ) {
    return failure(
      'judgment_date',
      'Ngày tuyên án phải từ ngày khởi tố đến ngày chuyển giai đoạn',
      'The judgment date must be between the opening and the stage date',
    );
  }
  return undefined;
};

/**
 * The case's ledger (stage and running periods) rebuilt by applying, through the domain's stage machine and
 * deadline engine, the opening decision on `openedOn` and the decisions leading to `stage`: those up to the
 * judgment on `judgmentDate` when given, the others on `stageDate`. What is stored is a state the system itself
 * could have reached, never an impossible one: a closed case's judgment must have become final by `stageDate`.
 */
export const ledgerForStage = (stage: CaseStage, dates: StageDates, category: ProcedureCategory): ImportedLedger => {
  const path = PATHS[stage];
  if (!path) {
    const label = STAGE_LABELS[stage];
    return failure(
      'stage',
      `Chưa nhập được vụ án ở giai đoạn "${label.vi}" (danh mục quyết định chưa có quyết định dẫn tới giai đoạn này)`,
      `Cases at the stage "${label.en}" cannot be imported (no catalogue decision leads there)`,
    );
  }
  const wrong = checkStageDates(stage, dates);
  if (wrong) return wrong;
  const { openedOn, stageDate, judgmentDate } = dates;
  const judged = path.indexOf('first_instance_judgment');
  const decisions: LedgerDecision[] = [
    { id: '0', typeCode: 'open_case', date: openedOn },
    ...path.map((typeCode, i) => ({
      id: String(i + 1),
      typeCode,
      date: (i <= judged && judgmentDate) || stageDate || openedOn,
    })),
  ];
  let ledger = openingLedger();
  let reachedStage: string = ledger.state.stage;
  for (const decision of decisions) {
    const applied = applyDecisionToLedger(ledger, decision, undefined, category);
    if (!applied.ok) {
      const basis = applied.basis ? ` (${applied.basis})` : '';
      // A date the law refuses is the stage date's: the only one the path can be moved by.
      const field = applied.field === 'date' ? 'stage_date' : 'stage';
      return failure(field, `${applied.reason.vi}${basis}`, `${applied.reason.en}${basis}`);
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
 * `ledgerForStage` for a whole file: cases with the same stage, dates and category share one computation
 * (the deadline engine is the costly part of checking a row); each case still gets its own decision ids.
 */
export const createLedgerBuilder = () => {
  const built = new Map<string, ImportedLedger>();
  return (stage: CaseStage, dates: StageDates, category: ProcedureCategory) => {
    const key = `${stage}|${dates.openedOn}|${dates.stageDate}|${dates.judgmentDate}|${category}`;
    let ledger = built.get(key);
    if (!ledger) {
      ledger = ledgerForStage(stage, dates, category);
      built.set(key, ledger);
    }
    return withFreshIds(ledger);
  };
};
