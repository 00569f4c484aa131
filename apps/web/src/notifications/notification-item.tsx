import { CheckOutlined } from '@ant-design/icons';
import type { Notification } from '@eprocuracy/domain';
import { Button, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang.ts';

const KIND_COLOURS: Record<Notification['kind'], string> = {
  overdue: 'red',
  due_soon: 'orange',
  approval_requested: 'blue',
  digest: 'default',
};

const formatTime = (iso: string) =>
  new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(
    new Date(iso),
  );

type Props = { item: Notification; onOpen: (item: Notification) => void; onRead: (item: Notification) => void };

/** One notification: kind, text (bold while unread), when; opening it goes to its case. */
export const NotificationItem = ({ item, onOpen, onRead }: Props) => {
  const { t } = useTranslation();
  const lang = useLang();
  const isUnread = item.readAt === null;
  const title = lang === 'en' ? item.title.en : item.title.vi;
  return (
    <Flex
      component="li"
      gap={8}
      align="start"
      style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0', listStyle: 'none' }}
      data-testid="notification-item"
      data-unread={isUnread}
    >
      <Flex vertical gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Flex gap={6} align="center">
          <Tag color={KIND_COLOURS[item.kind]} style={{ marginInlineEnd: 0 }}>
            {t(`deadlines.bell.kind.${item.kind}`)}
          </Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatTime(item.createdAt)}
          </Typography.Text>
        </Flex>
        {item.caseId ? (
          <Typography.Link
            strong={isUnread}
            href={`/cases/${item.caseId}`}
            onClick={(event) => {
              event.preventDefault();
              onOpen(item);
            }}
          >
            {title}
          </Typography.Link>
        ) : (
          <Typography.Text strong={isUnread}>{title}</Typography.Text>
        )}
      </Flex>
      {isUnread && (
        <Button
          type="text"
          size="small"
          icon={<CheckOutlined />}
          aria-label={t('deadlines.bell.markRead')}
          title={t('deadlines.bell.markRead')}
          onClick={() => onRead(item)}
        />
      )}
    </Flex>
  );
};
