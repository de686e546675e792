import type { CourseStatus } from '@loa/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<CourseStatus, string> = {
  draft: 'gold',
  published: 'green',
  archived: 'default',
};

/** Bản nháp / Đã xuất bản / Lưu trữ. */
export function CourseStatusTag({ status }: { status: CourseStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLOURS[status]}>{t(`authoring.status.${status}`)}</Tag>;
}
