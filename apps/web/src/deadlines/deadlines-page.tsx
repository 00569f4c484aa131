import { Alert, Button, Card, Col, Flex, Row, Segmented, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorText } from '../api/problem.ts';
import { useCurrentMe } from '../auth/me.ts';
import { useLang } from '../i18n/use-lang.ts';
import { useOffices } from '../offices/offices-api.ts';
import { ByOfficeTable } from './by-office-table.tsx';
import { type DeadlineScope, type DeadlineStateFilter, deadlineScopes, useDeadlines } from './deadlines-api.ts';
import { DeadlinesTable } from './deadlines-table.tsx';

const FIRST_PAGE = { current: 1, pageSize: 20 };

/** "Việc sắp đến hạn / quá hạn": the officer's, the office's and the offices below's deadlines needing attention. */
export const DeadlinesPage = () => {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const lang = useLang();
  const offices = useOffices();
  const scopes = deadlineScopes(me, offices.data);
  const [params, setParams] = useSearchParams();
  const asked = params.get('scope') as DeadlineScope | null;
  const scope = asked && scopes.includes(asked) ? asked : scopes[0];
  const [state, setState] = useState<DeadlineStateFilter>('all');
  const [officeId, setOfficeId] = useState<string>();
  const [page, setPage] = useState(FIRST_PAGE);
  const list = useDeadlines(
    {
      scope: scope ?? 'mine',
      state,
      officeId: scope === 'below' ? officeId : undefined,
      limit: page.pageSize,
      offset: (page.current - 1) * page.pageSize,
    },
    scope !== undefined,
  );
  const counts = list.data?.counts;

  if (!scope) return <Alert type="info" showIcon title={t('common.forbidden')} />;
  return (
    <>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('deadlines.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('deadlines.intro')}</Typography.Paragraph>
      <Card>
        <Tabs
          activeKey={scope}
          onChange={(key) => {
            setParams({ scope: key });
            setOfficeId(undefined);
            setPage(FIRST_PAGE);
          }}
          items={scopes.map((key) => ({ key, label: t(`deadlines.tab.${key}`) }))}
        />
        <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
          <Typography.Text>{t('deadlines.filter.label')}:</Typography.Text>
          <Segmented<DeadlineStateFilter>
            aria-label={t('deadlines.filter.label')}
            value={state}
            onChange={(value) => {
              setState(value);
              setPage(FIRST_PAGE);
            }}
            options={[
              { value: 'all', label: t('deadlines.filter.all') },
              { value: 'overdue', label: `${t('deadlines.filter.overdue')}${counts ? ` (${counts.overdue})` : ''}` },
              { value: 'due_soon', label: `${t('deadlines.filter.due_soon')}${counts ? ` (${counts.dueSoon})` : ''}` },
            ]}
          />
        </Flex>
        {list.error && <Alert type="error" showIcon title={errorText(list.error, lang)} style={{ marginBottom: 12 }} />}
        <Row gutter={[16, 16]}>
          {scope === 'below' && (
            <Col xs={24} xl={8}>
              <Flex justify="space-between" align="baseline">
                <Typography.Title level={5} style={{ marginTop: 0 }}>
                  {t('deadlines.byOffice')}
                </Typography.Title>
                {officeId && (
                  <Button type="link" onClick={() => setOfficeId(undefined)}>
                    {t('deadlines.allOffices')}
                  </Button>
                )}
              </Flex>
              <ByOfficeTable
                rows={list.data?.byOffice ?? []}
                loading={list.isFetching}
                selected={officeId}
                onSelect={(id) => {
                  setOfficeId(id);
                  setPage(FIRST_PAGE);
                }}
              />
            </Col>
          )}
          <Col xs={24} xl={scope === 'below' ? 16 : 24}>
            <DeadlinesTable
              data={list.data}
              loading={list.isFetching}
              showOffice={scope === 'below'}
              page={page}
              onPage={setPage}
            />
          </Col>
        </Row>
      </Card>
    </>
  );
};
