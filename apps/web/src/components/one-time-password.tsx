import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A password shown once, with a copy button, to be handed to its owner. */
export function OneTimePassword({ username, password }: { username: string; password: string }) {
  const { t } = useTranslation();
  return (
    <div>
      <Alert
        type="warning"
        showIcon
        message={t('accounts.showOnceWarning')}
        style={{ marginBottom: 16 }}
      />
      <div style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{t('accounts.username')}: </Typography.Text>
        <Typography.Text strong copyable>
          {username}
        </Typography.Text>
      </div>
      <div>
        <Typography.Text type="secondary">{t('accounts.temporaryPassword')}: </Typography.Text>
        <Typography.Text
          code
          strong
          copyable={{ tooltips: [t('common.copy'), t('common.copied')] }}
          style={{ fontSize: 18 }}
          data-testid="temporary-password"
        >
          {password}
        </Typography.Text>
      </div>
    </div>
  );
}
