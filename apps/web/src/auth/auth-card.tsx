import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../shell/language-switch.tsx';

/** Centred card used by the sign-in steps, with the language switch above it. */
export const AuthCard = ({ title, children }: { title: string; children: ReactNode }) => {
  const { t } = useTranslation();
  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f0f2f5' }}>
      <Flex justify="space-between" align="center" style={{ width: '100%', maxWidth: 440, marginBottom: 12 }}>
        <Typography.Text strong style={{ color: '#8b1a1a' }}>
          {t('app.name')}
        </Typography.Text>
        <LanguageSwitch />
      </Flex>
      <Card style={{ width: '100%', maxWidth: 440 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {title}
        </Typography.Title>
        {children}
      </Card>
    </Flex>
  );
};
