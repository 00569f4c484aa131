import { DownloadOutlined } from '@ant-design/icons';
import type { IncomingEntry, RegistryPage } from '@eprocuracy/domain';
import { Button, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentMe } from '../../auth/me.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { type ListPage, listPagination } from '../../shell/list-pagination.ts';
import { typeName } from './document-options.ts';
import { formatDate, keepsBooks, mayHandle, REGISTRY_API } from './registry-api.ts';

type Props = {
  data: RegistryPage<IncomingEntry> | undefined;
  loading: boolean;
  page: ListPage;
  onPage: (page: ListPage) => void;
  onRoute: (entry: IncomingEntry) => void;
  onStart: (entry: IncomingEntry) => void;
  onDone: (entry: IncomingEntry) => void;
};

const STATUS_COLOR = { received: 'default', routed: 'blue', in_progress: 'gold', done: 'green' } as const;

/** The incoming registry: số đến, dates, author, symbol, abstract, handling and its deadline, and the actions. */
export const IncomingTable = ({ data, loading, page, onPage, onRoute, onStart, onDone }: Props) => {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useCurrentMe();
  const routes = keepsBooks(me);
  return (
    <Table<IncomingEntry>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={data?.items ?? []}
      data-testid="incoming-table"
      scroll={{ x: 'max-content' }}
      pagination={listPagination(t, { page, total: data?.total ?? 0, onPage })}
      columns={[
        {
          title: `${t('documentRegistry.incomingNumber')} / ${t('documentRegistry.receivedOn')}`,
          key: 'number',
          render: (_: unknown, r) => (
            <Space orientation="vertical" size={0}>
              <Space size={4}>
                <strong>{r.number}</strong>
                {r.book === 'secret' && <Tag color="red">{t(`vocab.secrecy.${r.secrecy}`)}</Tag>}
              </Space>
              <Typography.Text type="secondary">{formatDate(r.receivedOn)}</Typography.Text>
            </Space>
          ),
        },
        {
          title: `${t('documentRegistry.numberSymbol')} — ${t('documentRegistry.issuingBody')}`,
          key: 'symbol',
          render: (_: unknown, r) => (
            <div style={{ minWidth: 140, maxWidth: 220 }}>
              {r.numberSymbol}
              <Typography.Text type="secondary"> · {formatDate(r.documentDate)}</Typography.Text>
              <br />
              <Typography.Text type="secondary">{r.issuingBody}</Typography.Text>
            </div>
          ),
        },
        {
          title: t('documentRegistry.abstract'),
          key: 'abstract',
          render: (_: unknown, r) => (
            <div style={{ minWidth: 180, maxWidth: 270 }}>
              <Typography.Text type="secondary">{typeName(r.type, lang)}</Typography.Text>
              {r.urgency !== 'normal' && (
                <Tag color="volcano" style={{ marginLeft: 6 }}>
                  {t(`documentRegistry.urgencyName.${r.urgency}`)}
                </Tag>
              )}
              <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.abstract }} style={{ margin: 0 }}>
                {r.abstract}
              </Typography.Paragraph>
              {r.file && (
                <a href={`${REGISTRY_API}/incoming/${r.id}/file`}>
                  <DownloadOutlined /> {t('documentRegistry.download')}
                </a>
              )}
            </div>
          ),
        },
        {
          title: t('documentRegistry.status'),
          key: 'status',
          render: (_: unknown, r) => (
            <Space orientation="vertical" size={2} style={{ maxWidth: 220 }}>
              <Tag color={STATUS_COLOR[r.status]} data-testid="handling-status">
                {t(`documentRegistry.statusName.${r.status}`)}
              </Tag>
              {r.handler && <span>{[r.handler.fullName, r.unit].filter(Boolean).join(' — ')}</span>}
              {r.dueOn && r.status !== 'done' && (
                <Typography.Text type={r.overdue ? 'danger' : 'secondary'}>
                  {t('documentRegistry.dueOn')}: {formatDate(r.dueOn)}{' '}
                  {r.overdue && `(${t('documentRegistry.overdue')})`}
                </Typography.Text>
              )}
              {r.doneOn && (
                <Typography.Text type="secondary">
                  {t('documentRegistry.doneOn', { date: formatDate(r.doneOn) })}
                </Typography.Text>
              )}
              {r.reply && (
                <span>
                  {t('documentRegistry.reply')}: {r.reply.numberSymbol}
                </span>
              )}
            </Space>
          ),
        },
        {
          title: t('common.actions'),
          key: 'actions',
          render: (_: unknown, r) => {
            if (r.status === 'done') return null;
            const handles = mayHandle(me, r);
            return (
              <Space orientation="vertical" size={4}>
                {routes && handles && (
                  <Button size="small" onClick={() => onRoute(r)}>
                    {t('documentRegistry.route')}
                  </Button>
                )}
                {handles && r.status === 'routed' && (
                  <Button size="small" onClick={() => onStart(r)}>
                    {t('documentRegistry.start')}
                  </Button>
                )}
                {handles && r.status !== 'received' && (
                  <Button size="small" type="primary" onClick={() => onDone(r)}>
                    {t('documentRegistry.markDone')}
                  </Button>
                )}
              </Space>
            );
          },
        },
      ]}
    />
  );
};
