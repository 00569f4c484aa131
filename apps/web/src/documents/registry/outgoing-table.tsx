import type { OutgoingEntry, RegistryPage } from '@eprocuracy/domain';
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang.ts';
import { type ListPage, listPagination } from '../../shell/list-pagination.ts';
import { typeName } from './document-options.ts';
import { formatDate } from './registry-api.ts';

type Props = {
  data: RegistryPage<OutgoingEntry> | undefined;
  loading: boolean;
  page: ListPage;
  onPage: (page: ListPage) => void;
};

/** The outgoing registry in the order of the book's columns: symbol, date, type and abstract, signer, recipients. */
export const OutgoingTable = ({ data, loading, page, onPage }: Props) => {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Table<OutgoingEntry>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={data?.items ?? []}
      data-testid="outgoing-table"
      scroll={{ x: 'max-content' }}
      pagination={listPagination(t, { page, total: data?.total ?? 0, onPage })}
      columns={[
        {
          title: t('documentRegistry.numberSymbol'),
          key: 'symbol',
          render: (_: unknown, r) => (
            <>
              <strong>{r.numberSymbol}</strong>
              {r.book === 'secret' && (
                <Tag color="red" style={{ marginLeft: 6 }}>
                  {t(`vocab.secrecy.${r.secrecy}`)}
                </Tag>
              )}
            </>
          ),
        },
        { title: t('documentRegistry.issuedOn'), dataIndex: 'issuedOn', render: formatDate },
        {
          title: t('documentRegistry.abstract'),
          key: 'abstract',
          render: (_: unknown, r) => (
            <div style={{ minWidth: 220, maxWidth: 360 }}>
              <Typography.Text type="secondary">{typeName(r.type, lang)}</Typography.Text>
              <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.abstract }} style={{ margin: 0 }}>
                {r.abstract}
              </Typography.Paragraph>
              {r.replyTo && (
                <Typography.Text type="secondary">
                  {t('documentRegistry.replyTo')}: {r.replyTo.numberSymbol} ({r.replyTo.number})
                </Typography.Text>
              )}
            </div>
          ),
        },
        { title: t('documentRegistry.signer'), dataIndex: 'signer' },
        {
          title: t('documentRegistry.recipients'),
          dataIndex: 'recipients',
          responsive: ['md'],
          render: (recipients: string[]) => recipients.join('; '),
        },
        { title: t('documentRegistry.copies'), dataIndex: 'copies', responsive: ['lg'] },
      ]}
    />
  );
};
