import { BellOutlined } from '@ant-design/icons';
import type { Notification } from '@eprocuracy/domain';
import { Badge, Button, Drawer, Empty, Flex, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { NotificationItem } from './notification-item.tsx';
import { useMarkAllRead, useMarkRead, useNotifications } from './notifications-api.ts';

/** The header bell: unread count, and a drawer with the latest notifications to read and open. */
export const NotificationBell = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [isOpen, setOpen] = useState(false);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotifications(unreadOnly);
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const unread = list.data?.unread ?? 0;

  const open = (item: Notification) => {
    if (item.readAt === null) markRead.mutate(item.id);
    setOpen(false);
    if (item.caseId) void navigate(`/cases/${item.caseId}`);
  };

  return (
    <>
      <Badge count={unread} size="small" overflowCount={99} offset={[-4, 4]}>
        <Button
          type="text"
          icon={<BellOutlined />}
          aria-label={unread > 0 ? t('deadlines.bell.labelUnread', { count: unread }) : t('deadlines.bell.label')}
          aria-haspopup="dialog"
          data-testid="notification-bell"
          onClick={() => setOpen(true)}
        />
      </Badge>
      <Drawer
        open={isOpen}
        onClose={() => setOpen(false)}
        title={t('deadlines.bell.title')}
        size="default"
        loading={list.isPending}
        extra={
          <Button
            size="small"
            disabled={unread === 0}
            loading={markAllRead.isPending}
            onClick={() => markAllRead.mutate()}
          >
            {t('deadlines.bell.markAllRead')}
          </Button>
        }
      >
        <Flex gap={8} align="center" style={{ marginBottom: 8 }}>
          <Switch size="small" checked={unreadOnly} onChange={setUnreadOnly} id="notifications-unread-only" />
          <Typography.Text>
            <label htmlFor="notifications-unread-only">{t('deadlines.bell.onlyUnread')}</label>
          </Typography.Text>
        </Flex>
        {(list.data?.items.length ?? 0) === 0 ? (
          <Empty description={t('deadlines.bell.empty')} />
        ) : (
          <ul style={{ margin: 0, padding: 0 }} data-testid="notification-list">
            {list.data?.items.map((item) => (
              <NotificationItem key={item.id} item={item} onOpen={open} onRead={(n) => markRead.mutate(n.id)} />
            ))}
          </ul>
        )}
      </Drawer>
    </>
  );
};
