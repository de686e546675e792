import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import type { Role, SessionUser } from '@loa/contracts';
import { Avatar, Button, Dropdown, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ChangePasswordForm } from '../../features/auth/components/change-password-form';
import { useLogout } from '../../features/auth/api/logout';

const ROLE_RANK: Role[] = [
  'system_admin',
  'department_admin',
  'unit_manager',
  'course_author',
  'learner',
];

/** The most telling role, with its unit for a manager: "Quản lý đơn vị · Phường Lê Chân". */
export function headlineRole(user: SessionUser, t: (key: string) => string): string {
  const grant = [...user.grants].sort(
    (a, b) => ROLE_RANK.indexOf(a.role) - ROLE_RANK.indexOf(b.role),
  )[0];
  if (!grant) return '';
  const role = t(`roles.${grant.role}`);
  return grant.role === 'unit_manager' || grant.role === 'learner'
    ? `${role} · ${grant.unit.name}`
    : role;
}

export function UserMenu({ user, compact }: { user: SessionUser; compact: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  const [changingPassword, setChangingPassword] = useState(false);

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            {
              key: 'password',
              icon: <KeyOutlined />,
              label: t('auth.changePassword'),
              onClick: () => setChangingPassword(true),
            },
            { type: 'divider' },
            {
              key: 'logout',
              icon: <LogoutOutlined />,
              label: t('auth.signOut'),
              onClick: () =>
                logout.mutate(undefined, {
                  onSettled: () => navigate('/login', { replace: true }),
                }),
            },
          ],
        }}
      >
        <Button
          type="text"
          style={{ height: 'auto', paddingBlock: 4 }}
          aria-label={t('auth.account')}
        >
          <Flex align="center" gap={8}>
            <Avatar size="small" icon={<UserOutlined />} style={{ background: '#0b5cad' }} />
            {compact ? null : (
              <div style={{ textAlign: 'left', lineHeight: 1.2, maxWidth: 260 }}>
                <Typography.Text strong ellipsis style={{ display: 'block' }}>
                  {user.displayName}
                </Typography.Text>
                <Typography.Text
                  type="secondary"
                  ellipsis
                  style={{ fontSize: 12, display: 'block' }}
                >
                  {headlineRole(user, t)}
                </Typography.Text>
              </div>
            )}
            <DownOutlined style={{ fontSize: 10 }} />
          </Flex>
        </Button>
      </Dropdown>
      <Modal
        open={changingPassword}
        title={t('auth.changePassword')}
        footer={null}
        onCancel={() => setChangingPassword(false)}
        destroyOnHidden
      >
        <ChangePasswordForm onDone={() => setChangingPassword(false)} />
      </Modal>
    </>
  );
}
