import { Card, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, useOverdueIncoming } from './registry-api.ts';

/** The office dashboard's list of incoming documents whose handling is overdue (Decree 30 Art. 24). */
export const OverdueDocumentsCard = () => {
  const { t } = useTranslation();
  const overdue = useOverdueIncoming();
  return (
    <Card
      title={t('documentRegistry.overdueCard')}
      extra={<Link to="/document-registry">{t('documentRegistry.menu')}</Link>}
      loading={overdue.isLoading}
      data-testid="overdue-documents"
    >
      {(overdue.data?.items.length ?? 0) === 0 ? (
        <Empty description={t('documentRegistry.noOverdue')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={overdue.data?.items ?? []}
          renderItem={(entry) => (
            <List.Item>
              <span>
                <strong>{entry.number}</strong> — {entry.abstract}
                <br />
                <Typography.Text type="danger">
                  {t('documentRegistry.dueOn')}: {formatDate(entry.dueOn)}
                </Typography.Text>
                {entry.handler && <Typography.Text type="secondary"> · {entry.handler.fullName}</Typography.Text>}
              </span>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
};
