import { KeyOutlined } from '@ant-design/icons';
import type { CreatedLogin } from '@loa/contracts';
import { App, Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OneTimePassword } from '../../../components/one-time-password';
import { isApiError } from '../../../lib/api-error';
import { useCreateLogin } from '../api/person-mutations';

/** "Cấp tài khoản đăng nhập": one action, then the temporary password shown once. */
export function CreateLoginButton({ staffCode }: { staffCode: string }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const mutation = useCreateLogin(staffCode);
  const [created, setCreated] = useState<CreatedLogin | null>(null);

  const confirm = () =>
    modal.confirm({
      title: t('people.createLoginConfirm'),
      content: t('people.createLoginHelp'),
      okText: t('people.createLogin'),
      cancelText: t('common.cancel'),
      onOk: () =>
        mutation.mutateAsync().then(setCreated, (error: unknown) => {
          void message.error(isApiError(error) ? error.message : t('errors.generic'));
        }),
    });

  return (
    <>
      <Button type="primary" icon={<KeyOutlined />} onClick={confirm} loading={mutation.isPending}>
        {t('people.createLogin')}
      </Button>
      <Modal
        open={!!created}
        title={t('people.loginCreated')}
        onCancel={() => setCreated(null)}
        footer={
          <Button type="primary" onClick={() => setCreated(null)}>
            {t('common.done')}
          </Button>
        }
        maskClosable={false}
      >
        {created ? (
          <OneTimePassword
            username={created.account.username}
            password={created.temporaryPassword}
          />
        ) : null}
      </Modal>
    </>
  );
}
