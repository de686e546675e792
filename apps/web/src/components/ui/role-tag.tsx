import type { Role } from '@loa/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const ROLE_COLOURS: Record<Role, string> = {
  learner: 'default',
  unit_manager: 'geekblue',
  department_admin: 'volcano',
  course_author: 'purple',
  system_admin: 'red',
};

export function RoleTag({ role }: { role: Role }) {
  const { t } = useTranslation();
  return <Tag color={ROLE_COLOURS[role]}>{t(`roles.${role}`)}</Tag>;
}
