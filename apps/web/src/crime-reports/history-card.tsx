import type { CrimeReportEvent } from '@eprocuracy/domain';
import { Card, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const formatDateTime = (iso: string) =>
  new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(
    new Date(iso),
  );

/** What was done on a report, oldest first: who did it and when. */
export const HistoryCard = ({ events }: { events: CrimeReportEvent[] }) => {
  const { t } = useTranslation();
  return (
    <Card title={t('crimeReports.history')} data-testid="history-card">
      <Timeline
        items={events.map((event) => ({
          key: event.id,
          children: (
            <>
              <Typography.Text strong>
                {t(`crimeReports.event.${event.kind}`, { defaultValue: event.kind })}
              </Typography.Text>
              {typeof event.data.outcome === 'string' && (
                <Typography.Text> — {t(`crimeReports.outcome.${event.data.outcome}`)}</Typography.Text>
              )}
              <br />
              <Typography.Text type="secondary">
                {formatDateTime(event.at)}
                {event.actorName ? ` · ${event.actorName}` : ''}
              </Typography.Text>
            </>
          ),
        }))}
      />
    </Card>
  );
};
