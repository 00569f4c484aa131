import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isAdmin, useCurrentMe } from '../auth/me.ts';
import { DeadlinesCard, deadlineCards } from '../deadlines/deadlines-card.tsx';
import { OverdueDocumentsCard } from '../documents/registry/overdue-documents-card.tsx';
import { readsRegistry } from '../documents/registry/registry-api.ts';
import { AdminOverview } from './admin-overview.tsx';
import { ColleaguesCard } from './colleagues-card.tsx';
import { MyWorkCard } from './my-work-card.tsx';
import { SecurityCard } from './security-card.tsx';

/** The officer's workspace: their office and position, account security, colleagues; admins see more. */
export const HomePage = () => {
  const { t } = useTranslation();
  const me = useCurrentMe();
  return (
    <>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('home.welcome', { name: me.fullName })}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <MyWorkCard />
        </Col>
        <Col xs={24} md={12}>
          <SecurityCard />
        </Col>
        {deadlineCards(me).map((scope) => (
          <Col key={scope} xs={24} md={12}>
            <DeadlinesCard scope={scope} />
          </Col>
        ))}
        {readsRegistry(me) && (
          <Col xs={24} md={12}>
            <OverdueDocumentsCard />
          </Col>
        )}
        {isAdmin(me) && (
          <Col span={24}>
            <AdminOverview />
          </Col>
        )}
        <Col span={24}>
          <ColleaguesCard />
        </Col>
      </Row>
    </>
  );
};
