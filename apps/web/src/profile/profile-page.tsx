import { CheckCircleTwoTone } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from '../auth/change-password-form.tsx';
import { ME_KEY, useCurrentMe } from '../auth/me.ts';
import { TotpEnrolment } from '../auth/totp-enrolment.tsx';
import { SessionsCard } from './sessions-card.tsx';

/** The officer's own details, password, two-factor sign-in and sessions. */
export const ProfilePage = () => {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const queryClient = useQueryClient();
  return (
    <>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('profile.title')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('profile.details')} style={{ height: '100%' }}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('officers.fullName')}>{me.fullName}</Descriptions.Item>
              <Descriptions.Item label={t('officers.username')}>{me.username}</Descriptions.Item>
              <Descriptions.Item label={t('officers.office')}>{me.officeName}</Descriptions.Item>
              <Descriptions.Item label={t('officers.position')}>{t(`vocab.position.${me.position}`)}</Descriptions.Item>
              <Descriptions.Item label={t('officers.roles')}>
                <Space wrap size={4}>
                  {me.roles.map((r) => (
                    <Tag key={r}>{t(`vocab.role.${r}`)}</Tag>
                  ))}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('officers.clearance')}>
                {t(`vocab.secrecy.${me.clearance}`)}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('profile.twoFactor')} id="two-factor" style={{ height: '100%' }}>
            {me.totpEnabled ? (
              <Typography.Text>
                <CheckCircleTwoTone twoToneColor="#52c41a" /> {t('profile.totpIsOn')}
              </Typography.Text>
            ) : (
              <TotpEnrolment onDone={() => void queryClient.invalidateQueries({ queryKey: ME_KEY })} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('auth.changeTitle')}>
            <ChangePasswordForm onDone={() => void queryClient.invalidateQueries({ queryKey: ['my-sessions'] })} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <SessionsCard />
        </Col>
      </Row>
    </>
  );
};
