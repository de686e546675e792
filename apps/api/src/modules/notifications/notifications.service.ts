import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MyNotifications, NotificationItem } from '@loa/contracts';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/domain-error';

/** How many of the latest notifications the bell shows. */
export const LATEST_NOTIFICATIONS = 50;

/** The caller's in-app notifications (those of their person; a login without one has none). */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async mine(user: AuthUser): Promise<MyNotifications> {
    if (!user.personId) return { unread: 0, items: [] };
    const items: (Omit<NotificationItem, 'createdAt' | 'readAt'> & {
      createdAt: Date;
      readAt: Date | null;
    })[] = await this.dataSource.query(
      `SELECT id, kind, data, created_at AS "createdAt", read_at AS "readAt"
         FROM notifications WHERE person_id = $1
        ORDER BY created_at DESC, id LIMIT $2`,
      [user.personId, LATEST_NOTIFICATIONS],
    );
    const [{ unread }]: { unread: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS unread FROM notifications WHERE person_id = $1 AND read_at IS NULL`,
      [user.personId],
    );
    return {
      unread,
      items: items.map((n) => ({
        ...n,
        createdAt: n.createdAt.toISOString(),
        readAt: n.readAt?.toISOString() ?? null,
      })),
    };
  }

  async markRead(user: AuthUser, id: string): Promise<void> {
    const [[row]]: [unknown[], number] = await this.dataSource.query(
      `UPDATE notifications SET read_at = COALESCE(read_at, now())
        WHERE id::text = $1 AND person_id = $2 RETURNING id`,
      [id, user.personId],
    );
    if (!row) throw notFound('Không tìm thấy thông báo', 'Notification not found');
  }

  async markAllRead(user: AuthUser): Promise<{ updated: number }> {
    if (!user.personId) return { updated: 0 };
    const [, updated]: [unknown[], number] = await this.dataSource.query(
      `UPDATE notifications SET read_at = now() WHERE person_id = $1 AND read_at IS NULL`,
      [user.personId],
    );
    return { updated };
  }
}
