import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useChangePassword } from '../api/change-password';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export const MIN_PASSWORD_LENGTH = 8;

/** Asks for the current password and a new one (twice); used at first login and from the menu. */
export function ChangePasswordForm({ onDone, intro }: { onDone: () => void; intro?: string }) {
  const { t } = useTranslation();
  const mutation = useChangePassword();
  return (
    <Form<ChangePasswordValues>
      layout="vertical"
      requiredMark={false}
      onFinish={(values) =>
        mutation.mutate(
          { currentPassword: values.currentPassword, newPassword: values.newPassword },
          { onSuccess: onDone },
        )
      }
    >
      {intro ? <Alert type="info" showIcon message={intro} style={{ marginBottom: 16 }} /> : null}
      <ErrorAlert error={mutation.error} />
      <Form.Item
        name="currentPassword"
        label={t('auth.currentPassword')}
        rules={[{ required: true, message: t('auth.passwordRequired') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('auth.newPassword')}
        extra={t('auth.passwordRule', { min: MIN_PASSWORD_LENGTH })}
        rules={[
          { required: true, message: t('auth.passwordRequired') },
          {
            min: MIN_PASSWORD_LENGTH,
            message: t('auth.passwordRule', { min: MIN_PASSWORD_LENGTH }),
          },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('auth.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('auth.passwordRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || getFieldValue('newPassword') === value
                ? Promise.resolve()
                : Promise.reject(new Error(t('auth.passwordsDiffer'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={mutation.isPending}>
        {t('auth.savePassword')}
      </Button>
    </Form>
  );
}
