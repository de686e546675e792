import type { TFunction } from 'i18next';
import { formatDate } from '../../../lib/dates';
import type { NotificationItem } from '../api/learning-types';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** One line for a notification, from its kind and data (course title, due date). */
export function notificationText(t: TFunction, item: NotificationItem): string {
  const course = text(item.data.courseTitle) || text(item.data.title) || text(item.data.courseCode);
  const date = formatDate(text(item.data.dueOn));
  return t(`learning.notifications.kinds.${item.kind}`, {
    course,
    date,
    defaultValue: t('learning.notifications.kinds.other', { course }),
  });
}

export const notificationCourseCode = (item: NotificationItem): string | null =>
  text(item.data.courseCode) || null;
