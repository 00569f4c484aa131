import { FileExcelOutlined, FilePdfOutlined, PlusOutlined } from '@ant-design/icons';
import type { IncomingEntry } from '@eprocuracy/domain';
import { Alert, Button, Card, Flex, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { errorText } from '../../api/problem.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { useCurrentMe } from '../../auth/me.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { DoneModal } from './done-modal.tsx';
import { IncomingTable } from './incoming-table.tsx';
import { OutgoingTable } from './outgoing-table.tsx';
import { RegisterIncomingModal } from './register-incoming-modal.tsx';
import { RegisterOutgoingModal } from './register-outgoing-modal.tsx';
import { bookUrl, keepsBooks, opensSecretBook, REGISTRY_API, useIncoming, useOutgoing } from './registry-api.ts';
import { type RegistryFilter, RegistryFilters } from './registry-filters.tsx';
import { RouteModal } from './route-modal.tsx';

type Direction = 'incoming' | 'outgoing';
type Dialog = { kind: 'register' } | { kind: 'route' | 'done'; entry: IncomingEntry } | null;

/** Sổ văn bản đến and sổ văn bản đi of the officer's office: lists, registering, routing, handling, printing. */
export const DocumentRegistryPage = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useCurrentMe();
  const [direction, setDirection] = useState<Direction>('incoming');
  const [filter, setFilter] = useState<RegistryFilter>({ year: new Date().getFullYear(), book: 'regular' });
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const [dialog, setDialog] = useState<Dialog>(null);
  const paging = { limit: page.pageSize, offset: (page.current - 1) * page.pageSize };
  const incoming = useIncoming({ ...filter, ...paging });
  const outgoing = useOutgoing({ year: filter.year, book: filter.book, q: filter.q, ...paging });
  const start = useFormMutation(undefined, () => undefined, ['document-registry']);
  const list = direction === 'incoming' ? incoming : outgoing;
  const keeper = keepsBooks(me);
  const close = () => setDialog(null);
  const onFilter = (next: RegistryFilter) => {
    setFilter(next);
    setPage((p) => ({ ...p, current: 1 }));
  };

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('documentRegistry.title')}
        </Typography.Title>
        <Flex gap={8} wrap>
          <Button icon={<FilePdfOutlined />} href={bookUrl(direction, filter.year, filter.book, 'pdf')}>
            {t('documentRegistry.printPdf')}
          </Button>
          <Button icon={<FileExcelOutlined />} href={bookUrl(direction, filter.year, filter.book, 'xlsx')}>
            {t('documentRegistry.printXlsx')}
          </Button>
          {keeper && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'register' })}>
              {direction === 'incoming'
                ? t('documentRegistry.registerIncoming')
                : t('documentRegistry.registerOutgoing')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Card style={{ marginTop: 16 }}>
        <Tabs
          activeKey={direction}
          onChange={(key) => {
            setDirection(key as Direction);
            setPage((p) => ({ ...p, current: 1 }));
          }}
          items={[
            { key: 'incoming', label: t('documentRegistry.incomingTab') },
            { key: 'outgoing', label: t('documentRegistry.outgoingTab') },
          ]}
        />
        <RegistryFilters
          value={filter}
          onChange={onFilter}
          incoming={direction === 'incoming'}
          showSecret={opensSecretBook(me)}
        />
        {list.error && <Alert type="error" showIcon title={errorText(list.error, lang)} style={{ marginBottom: 12 }} />}
        {direction === 'incoming' ? (
          <IncomingTable
            data={incoming.data}
            loading={incoming.isFetching || start.busy}
            page={page}
            onPage={setPage}
            onRoute={(entry) => setDialog({ kind: 'route', entry })}
            onDone={(entry) => setDialog({ kind: 'done', entry })}
            onStart={(entry) =>
              start.run(
                () => api('POST', `${REGISTRY_API}/incoming/${entry.id}/handling`, { status: 'in_progress' }),
                t('documentRegistry.updated'),
              )
            }
          />
        ) : (
          <OutgoingTable data={outgoing.data} loading={outgoing.isFetching} page={page} onPage={setPage} />
        )}
      </Card>
      {dialog?.kind === 'register' &&
        (direction === 'incoming' ? (
          <RegisterIncomingModal onClose={close} />
        ) : (
          <RegisterOutgoingModal onClose={close} />
        ))}
      {dialog?.kind === 'route' && <RouteModal entry={dialog.entry} onClose={close} />}
      {dialog?.kind === 'done' && <DoneModal entry={dialog.entry} onClose={close} />}
    </>
  );
};
