import { LockOutlined } from '@ant-design/icons';
import {
  type CaseDecision,
  type CaseStage,
  CRIME_CATEGORY_LABELS,
  type CrimeCategory,
  type DeadlineState,
  type Secrecy,
  STAGE_LABELS,
} from '@eprocuracy/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalized } from './case-format.ts';

const STAGE_COLOURS: Record<CaseStage, string> = {
  crime_report: 'default',
  investigation: 'blue',
  prosecution: 'geekblue',
  first_instance_trial: 'purple',
  appeal: 'magenta',
  closed: 'green',
  suspended: 'gold',
  terminated: 'volcano',
};

/** The case's procedural stage as a coloured tag. */
export const StageTag = ({ stage }: { stage: CaseStage }) => {
  const localized = useLocalized();
  return <Tag color={STAGE_COLOURS[stage]}>{localized(STAGE_LABELS[stage])}</Tag>;
};

const CATEGORY_COLOURS: Record<CrimeCategory, string> = {
  minor: 'default',
  serious: 'orange',
  very_serious: 'volcano',
  especially_serious: 'red',
};

/** The crime category (Penal Code Art. 9). */
export const CategoryTag = ({ category }: { category: CrimeCategory | null | undefined }) => {
  const localized = useLocalized();
  if (!category) return null;
  return <Tag color={CATEGORY_COLOURS[category]}>{localized(CRIME_CATEGORY_LABELS[category])}</Tag>;
};

/** The secrecy level, shown only when the record is classified. */
export const SecrecyTag = ({ secrecy }: { secrecy: Secrecy }) => {
  const { t } = useTranslation();
  if (secrecy === 'normal') return null;
  return (
    <Tag color="red" icon={<LockOutlined />}>
      {t(`vocab.secrecy.${secrecy}`)}
    </Tag>
  );
};

type DeadlineLike = { state: DeadlineState; daysLeft: number; window?: boolean };

/** Days left as a tag: red when overdue, orange when due soon, green otherwise; a lapsed window is grey. */
export const DeadlineTag = ({ deadline }: { deadline: DeadlineLike }) => {
  const { t } = useTranslation();
  const { state, daysLeft } = deadline;
  if (deadline.window && daysLeft < 0) return <Tag>{t('cases.deadline.lapsed')}</Tag>;
  if (state === 'overdue') return <Tag color="red">{t('cases.deadline.overdueDays', { count: -daysLeft })}</Tag>;
  const text = daysLeft === 0 ? t('cases.deadline.dueToday') : t('cases.deadline.daysLeft', { count: daysLeft });
  return <Tag color={state === 'due_soon' ? 'orange' : 'green'}>{text}</Tag>;
};

const DECISION_STATE_COLOURS: Record<string, string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'green',
  issued: 'green',
  returned_for_revision: 'orange',
  withdrawn: 'default',
  recorded: 'gold',
  not_approved: 'red',
  annulled: 'red',
  no_action_needed: 'default',
};

/** Where a decision stands in its workflow (draft → issued, or recorded → approved / not approved). */
export const DecisionStateTag = ({ decision }: { decision: CaseDecision }) => {
  const localized = useLocalized();
  return <Tag color={DECISION_STATE_COLOURS[decision.state] ?? 'default'}>{localized(decision.stateLabel)}</Tag>;
};
