import { Alert, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang.ts';
import type { ImportRow } from './import-types.ts';

/** One line per imported row: valid or not, its errors by field, and any temporary password. */
export const ImportResults = ({ rows }: { rows: ImportRow[] }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const hasPasswords = rows.some((r) => r.temporaryPassword);
  return (
    <>
      {hasPasswords && (
        <Alert type="warning" showIcon title={t('import.tempPasswordHint')} style={{ marginBottom: 12 }} />
      )}
      <Table<ImportRow>
        size="small"
        rowKey="row"
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: t('import.row'), dataIndex: 'row', width: 80 },
          {
            title: t('import.result'),
            dataIndex: 'ok',
            width: 110,
            render: (ok: boolean) =>
              ok ? <Tag color="green">{t('import.ok')}</Tag> : <Tag color="red">{t('import.failed')}</Tag>,
          },
          {
            title: t('import.errors'),
            dataIndex: 'errors',
            render: (errors: ImportRow['errors']) => (
              <ul style={{ margin: 0, paddingLeft: 16 }}>
                {errors.map((e) => (
                  <li key={`${e.field}-${e.en}`}>
                    <Typography.Text code>{e.field}</Typography.Text> {lang === 'en' ? e.en : e.vi}
                  </li>
                ))}
              </ul>
            ),
          },
          ...(hasPasswords
            ? [
                {
                  title: t('import.tempPassword'),
                  dataIndex: 'temporaryPassword',
                  render: (p?: string) =>
                    p ? (
                      <Typography.Text code copyable>
                        {p}
                      </Typography.Text>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    </>
  );
};
