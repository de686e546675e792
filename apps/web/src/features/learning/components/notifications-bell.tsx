import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popover, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { formatDateTime } from '../../../lib/dates';
import {
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
  useNotifications,
} from '../api/notifications';
import { notificationCourseCode, notificationText } from './notification-text';

/** In-app notifications: a bell with the unread count; opening one marks it read. */
export function NotificationsBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, isLoading } = useNotifications();
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const items = data?.items ?? [];
  const content = (
    <div style={{ width: 'min(360px, 86vw)', maxHeight: 420, overflowY: 'auto' }}>
      {isLoading ? (
        <Spin />
      ) : items.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('learning.notifications.none')}
        />
      ) : (
        <List
          size="small"
          dataSource={items}
          rowKey="id"
          renderItem={(item) => {
            const code = notificationCourseCode(item);
            return (
              <List.Item
                style={{ cursor: 'pointer', background: item.readAt ? undefined : '#e6f4ff' }}
                onClick={() => {
                  if (!item.readAt) markRead.mutate(item.id);
                  if (code) navigate(`/learning/${encodeURIComponent(code)}`);
                }}
              >
                <div>
                  <Typography.Text strong={!item.readAt}>
                    {notificationText(t, item)}
                  </Typography.Text>
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(item.createdAt)}
                  </Typography.Text>
                </div>
              </List.Item>
            );
          }}
        />
      )}
    </div>
  );
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={
        <span style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
          {t('learning.notifications.title')}
          {data && data.unread > 0 ? (
            <Button
              size="small"
              type="link"
              loading={markAll.isPending}
              onClick={() => markAll.mutate()}
            >
              {t('learning.notifications.readAll')}
            </Button>
          ) : null}
        </span>
      }
      content={content}
    >
      <Badge count={data?.unread ?? 0} size="small">
        <Button icon={<BellOutlined />} aria-label={t('learning.notifications.title')}>
          {t('learning.notifications.short')}
        </Button>
      </Badge>
    </Popover>
  );
}
