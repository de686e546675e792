import type { AccountView } from '@loa/contracts';
import { Alert, Button, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OneTimePassword } from '../../../components/one-time-password';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useUpdateAccount } from '../api/account-mutations';
import { generatePassword } from './generate-password';

/** Sets a new random password (also unlocking the account) and shows it once. */
export function ResetPasswordModal({
  account,
  onClose,
}: {
  account: AccountView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useUpdateAccount();
  const [password, setPassword] = useState<string | null>(null);

  const close = () => {
    setPassword(null);
    mutation.reset();
    onClose();
  };
  const reset = () => {
    if (!account) return;
    const next = generatePassword();
    mutation.mutate(
      { id: account.id, password: next, unlock: true },
      { onSuccess: () => setPassword(next) },
    );
  };

  return (
    <Modal
      open={!!account}
      title={t('accounts.resetPasswordFor', { name: account?.displayName ?? '' })}
      onCancel={close}
      maskClosable={!password}
      footer={
        password ? (
          <Button type="primary" onClick={close}>
            {t('common.done')}
          </Button>
        ) : (
          <Space>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button type="primary" danger loading={mutation.isPending} onClick={reset}>
              {t('accounts.resetPassword')}
            </Button>
          </Space>
        )
      }
    >
      <ErrorAlert error={mutation.error} />
      {password && account ? (
        <OneTimePassword username={account.username} password={password} />
      ) : (
        <Alert type="info" showIcon message={t('accounts.resetPasswordHelp')} />
      )}
    </Modal>
  );
}
