import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Layout, Menu, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { isRootAdmin, useCurrentMe } from '../auth/me.ts';
import { useLang } from '../i18n/use-lang.ts';
import { NotificationBell } from '../notifications/notification-bell.tsx';
import { officeName, useOffices } from '../offices/offices-api.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { navItems, selectedKey } from './nav-items.tsx';
import { UserMenu } from './user-menu.tsx';

/** The signed-in layout: header with office, officer, language and sign-out; side menu by role. */
export const AppShell = () => {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const lang = useLang();
  const offices = useOffices();
  const myOffice = offices.data?.find((o) => o.id === me.officeId);
  const screens = Grid.useBreakpoint();
  const wide = screens.lg ?? true;
  const [collapsed, setCollapsed] = useState<boolean | null>(null);
  const isCollapsed = collapsed ?? !wide;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        trigger={null}
        collapsed={isCollapsed}
        collapsedWidth={64}
        width={240}
        theme="light"
        style={{ borderRight: '1px solid #f0f0f0', position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <Flex align="center" justify="center" style={{ height: 56, background: '#8b1a1a' }}>
          <Typography.Text strong style={{ color: '#fff', whiteSpace: 'nowrap' }}>
            {isCollapsed ? 'VKS' : t('app.name')}
          </Typography.Text>
        </Flex>
        <nav aria-label={t('menu.openMenu')}>
          <Menu
            mode="inline"
            selectedKeys={[selectedKey(pathname)]}
            items={navItems(me, t, { collapsed: isCollapsed, rootAdmin: isRootAdmin(me, offices.data) })}
            onClick={({ key }) => navigate(key)}
            data-testid="side-menu"
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 12px',
            height: 56,
            lineHeight: '56px',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Flex align="center" gap={8} style={{ height: '100%' }}>
            <Button
              type="text"
              aria-label={t('menu.openMenu')}
              aria-expanded={!isCollapsed}
              icon={isCollapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              onClick={() => setCollapsed(!isCollapsed)}
            />
            <Typography.Text strong ellipsis style={{ flex: 1, minWidth: 0 }} data-testid="header-office">
              {myOffice ? officeName(myOffice, lang) : me.officeName}
            </Typography.Text>
            <NotificationBell />
            <LanguageSwitch />
            <UserMenu compact={!screens.md} />
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: screens.md ? 24 : 12 }}>
          <main>
            <Outlet />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
};
