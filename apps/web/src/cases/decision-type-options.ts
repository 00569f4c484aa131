import type { CaseDetail, DecisionIssuer, LocalizedText } from '@eprocuracy/domain';
import type { TFunction } from 'i18next';
import type { DecisionTypeOption } from './cases-api.ts';

const ISSUER_ORDER: readonly DecisionIssuer[] = ['investigating_body', 'procuracy', 'court', 'party'];

/** The decisions that can be recorded on the case now: those of an act the stage allows, or of no stage act. */
export const recordableTypes = (types: readonly DecisionTypeOption[], detail: CaseDetail): DecisionTypeOption[] =>
  types.filter(
    (type) =>
      (type.appliesTo !== 'crime_report' || detail.stage === 'crime_report') &&
      (!type.stageAct || (detail.allowedActs as readonly string[]).includes(type.stageAct)) &&
      (!type.stages || type.stages.includes(detail.stage)),
  );

/** Select options grouped by the body that issues the decision. */
export const groupedTypeOptions = (
  types: readonly DecisionTypeOption[],
  t: TFunction,
  localized: (text: LocalizedText) => string,
) =>
  ISSUER_ORDER.map((issuer) => ({
    label: t(`cases.decision.issuers.${issuer}`),
    title: issuer,
    options: types
      .filter((type) => type.issuer === issuer)
      .map((type) => ({ value: type.code, label: localized(type.label) })),
  })).filter((group) => group.options.length > 0);

/** Measures the Code gives no period of their own: the order writes their end (Art. 121(5), 122(4), 123(4), 124(3)). */
export const takesMeasureEnd = (type: DecisionTypeOption | undefined): boolean =>
  type?.measure?.effect === 'apply' &&
  !type.needsPeriod &&
  ['bail', 'deposit', 'residence_ban', 'exit_ban'].includes(type.measure.kind);

/** Measures counted in hours (arrest, custody, Art. 118(1)): their date carries the time. */
export const takesTime = (type: DecisionTypeOption | undefined): boolean =>
  type?.measure?.kind === 'arrest' || type?.measure?.kind === 'custody';
