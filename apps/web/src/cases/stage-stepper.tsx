import { type CaseDetail, type CaseStage, STAGE_LABELS } from '@eprocuracy/domain';
import { Grid, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalized } from './case-format.ts';

/** The stages a case passes through in order; suspension and termination are states of one of them. */
const MAIN_STAGES = [
  'crime_report',
  'investigation',
  'prosecution',
  'first_instance_trial',
  'appeal',
  'closed',
] as const;
type MainStage = (typeof MAIN_STAGES)[number];

const isMain = (stage: unknown): stage is MainStage => MAIN_STAGES.includes(stage as MainStage);

/** The last main stage the case reached before it was halted, read from the stage its decisions moved it to. */
const stageBefore = (c: CaseDetail): MainStage => {
  for (const event of [...c.events].sort((a, b) => b.at.localeCompare(a.at))) {
    if (isMain(event.data.stage)) return event.data.stage;
  }
  return c.state.hasFirstInstanceJudgment ? 'first_instance_trial' : 'investigation';
};

/** Where to put the stepper for a stage, and whether that step is halted. */
export const stepperPosition = (c: CaseDetail): { current: number; halted?: CaseStage } => {
  const { stage } = c;
  if (isMain(stage)) return { current: MAIN_STAGES.indexOf(stage) };
  const at = stage === 'suspended' && isMain(c.state.suspendedFrom) ? c.state.suspendedFrom : stageBefore(c);
  return { current: MAIN_STAGES.indexOf(at), halted: stage };
};

/** Crime report → investigation → prosecution → first-instance trial → appeal → closed. */
export const StageStepper = ({ detail }: { detail: CaseDetail }) => {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { current, halted } = stepperPosition(detail);
  const closed = detail.stage === 'closed';
  // Side-by-side titles need the width of a desktop; below it each title goes under its number.
  const wide = Grid.useBreakpoint().xl ?? true;
  return (
    <Steps
      size="small"
      titlePlacement={wide ? 'horizontal' : 'vertical'}
      current={current}
      status={halted ? 'error' : closed ? 'finish' : 'process'}
      data-testid="stage-stepper"
      aria-label={t('cases.stage')}
      items={MAIN_STAGES.map((stage, i) => ({
        title: localized(STAGE_LABELS[stage]),
        ...(i === current && halted ? { description: localized(STAGE_LABELS[halted]) } : {}),
      }))}
    />
  );
};
