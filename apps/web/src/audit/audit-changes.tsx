import type { AuditEntry } from '@eprocuracy/domain';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const show = (value: unknown) => (value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value));

/** The before/after values of one audit entry, field by field. */
export const AuditChanges = ({ entry }: { entry: AuditEntry }) => {
  const { t } = useTranslation();
  const rows = Object.entries(entry.changes ?? {}).map(([field, change]) => ({ field, ...change }));
  return (
    <>
      {rows.length === 0 ? (
        <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>
      ) : (
        <Table
          size="small"
          rowKey="field"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: t('audit.field'), dataIndex: 'field', width: 180 },
            { title: t('audit.before'), dataIndex: 'before', render: show },
            { title: t('audit.after'), dataIndex: 'after', render: show },
          ]}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, wordBreak: 'break-all' }}>
        {t('audit.hash')}: <code>{entry.hash}</code> · {t('audit.entityId')}: {entry.entityId ?? '—'}
      </Typography.Paragraph>
    </>
  );
};
