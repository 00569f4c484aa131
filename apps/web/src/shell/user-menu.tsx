import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentMe, useLogout } from '../auth/me.ts';

/** The officer's name with a menu for the profile and signing out. */
export const UserMenu = ({ compact }: { compact: boolean }) => {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const navigate = useNavigate();
  const logout = useLogout();
  const items = [
    { key: 'profile', icon: <UserOutlined />, label: t('menu.profile') },
    { key: 'logout', icon: <LogoutOutlined />, label: t('menu.logout') },
  ];
  const onClick = async ({ key }: { key: string }) => {
    if (key === 'profile') void navigate('/profile');
    if (key === 'logout') {
      await logout();
      void navigate('/login', { replace: true });
    }
  };
  return (
    <Dropdown menu={{ items, onClick: (info) => void onClick(info) }} trigger={['click']}>
      <Button type="text" aria-label={`${me.fullName} — ${t('menu.profile')}`} data-testid="user-menu">
        <Space>
          <UserOutlined />
          {!compact && <Typography.Text>{me.fullName}</Typography.Text>}
          <DownOutlined />
        </Space>
      </Button>
    </Dropdown>
  );
};
