import { type CaseMeasure, type LiveDeadline, MEASURE_LABELS, STAGE_LABELS } from '@eprocuracy/domain';
import { Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoment, periodText, useLocalized } from './case-format.ts';
import { DeadlineTag } from './case-tags.tsx';

type Props = { measures: CaseMeasure[]; deadlines: LiveDeadline[] };

/** A defendant's preventive measures: kind, start, length ordered, extensions and the end the law gives. */
export const MeasuresTable = ({ measures, deadlines }: Props) => {
  const { t } = useTranslation();
  const localized = useLocalized();
  const liveOf = (m: CaseMeasure) => deadlines.find((d) => d.key === `measure:${m.id}`);
  return (
    <Table<CaseMeasure>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={measures}
      data-testid="measures-table"
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('cases.measure.none') }}
      columns={[
        {
          title: t('cases.measure.kind'),
          key: 'kind',
          render: (_: unknown, m: CaseMeasure) => <strong>{localized(MEASURE_LABELS[m.kind])}</strong>,
        },
        {
          title: t('cases.measure.stage'),
          key: 'stage',
          render: (_: unknown, m: CaseMeasure) => localized(STAGE_LABELS[m.stage]),
        },
        {
          title: t('cases.measure.start'),
          key: 'start',
          render: (_: unknown, m: CaseMeasure) => formatMoment(m.start),
        },
        {
          title: t('cases.measure.ordered'),
          key: 'ordered',
          render: (_: unknown, m: CaseMeasure) => periodText(t, m.ordered) || '—',
        },
        {
          title: t('cases.measure.extensions'),
          key: 'extensions',
          render: (_: unknown, m: CaseMeasure) =>
            m.extensions.length === 0
              ? '—'
              : m.extensions.map((e) => (
                  <div key={e.grantedOn}>
                    {t('cases.measure.extension', { period: periodText(t, e), date: formatDate(e.grantedOn) })}
                  </div>
                )),
        },
        {
          title: t('cases.measure.end'),
          key: 'end',
          render: (_: unknown, m: CaseMeasure) => {
            if (m.endedAt) {
              return <Tag>{t('cases.measure.ended', { date: formatMoment(m.endedAt) })}</Tag>;
            }
            const live = liveOf(m);
            if (live) {
              return (
                <Flex gap={6} align="center" wrap>
                  <Typography.Text strong>{formatMoment(live.due)}</Typography.Text>
                  <DeadlineTag deadline={live} />
                </Flex>
              );
            }
            return m.orderedEnd ? (
              formatDate(m.orderedEnd)
            ) : (
              <Typography.Text type="secondary">{t('cases.measure.noEnd')}</Typography.Text>
            );
          },
        },
      ]}
    />
  );
};
