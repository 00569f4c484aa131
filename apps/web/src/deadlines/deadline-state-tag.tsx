import type { DeadlineState } from '@eprocuracy/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<DeadlineState, string> = { overdue: 'red', due_soon: 'orange', running: 'green' };

/** A deadline's state as a coloured tag: red overdue, orange due soon. */
export const DeadlineStateTag = ({ state }: { state: DeadlineState }) => {
  const { t } = useTranslation();
  return <Tag color={COLOURS[state]}>{t(`deadlines.stateTag.${state}`)}</Tag>;
};

/** "Còn 3 ngày" / "Hết hạn hôm nay" / "Quá 5 ngày". */
export const DaysLeft = ({ daysLeft }: { daysLeft: number }) => {
  const { t } = useTranslation();
  if (daysLeft < 0) return <span style={{ color: '#cf1322' }}>{t('deadlines.overdueBy', { count: -daysLeft })}</span>;
  if (daysLeft === 0) return <span style={{ color: '#d46b08' }}>{t('deadlines.dueToday')}</span>;
  return <span>{t('deadlines.days', { count: daysLeft })}</span>;
};
