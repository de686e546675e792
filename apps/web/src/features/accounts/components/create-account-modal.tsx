import { App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OneTimePassword } from '../../../components/one-time-password';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useCreateAccount } from '../api/account-mutations';
import { generatePassword } from './generate-password';

interface CreateAccountValues {
  username: string;
  displayName: string;
  staffCode?: string;
  password: string;
}

/** A new login; the password is generated (or typed) and shown once for handing over. */
export function CreateAccountModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateAccountValues>();
  const mutation = useCreateAccount();
  const [created, setCreated] = useState<{ username: string; password: string } | null>(null);

  const close = () => {
    setCreated(null);
    mutation.reset();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={created ? t('accounts.created') : t('accounts.create')}
      onCancel={close}
      destroyOnHidden
      maskClosable={!created}
      footer={
        created ? (
          <Button type="primary" onClick={close}>
            {t('common.done')}
          </Button>
        ) : (
          <Space>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button type="primary" loading={mutation.isPending} onClick={() => form.submit()}>
              {t('common.save')}
            </Button>
          </Space>
        )
      }
    >
      {created ? (
        <OneTimePassword username={created.username} password={created.password} />
      ) : (
        <>
          <ErrorAlert error={mutation.error} />
          <Form<CreateAccountValues>
            form={form}
            layout="vertical"
            preserve={false}
            initialValues={{ password: generatePassword() }}
            onFinish={(values) => {
              const username = values.username.trim().toLowerCase();
              mutation.mutate(
                {
                  username,
                  password: values.password,
                  displayName: values.displayName.trim().normalize('NFC'),
                  staffCode: values.staffCode?.trim() || undefined,
                },
                {
                  onSuccess: () => {
                    void message.success(t('accounts.created'));
                    setCreated({ username, password: values.password });
                  },
                },
              );
            }}
          >
            <Form.Item
              name="username"
              label={t('accounts.username')}
              rules={[
                { required: true, whitespace: true, message: t('common.required') },
                { pattern: /^[a-zA-Z0-9._-]{3,50}$/, message: t('accounts.usernameRule') },
              ]}
            >
              <Input autoCapitalize="none" autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="displayName"
              label={t('accounts.displayName')}
              rules={[{ required: true, whitespace: true, message: t('common.required') }]}
            >
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item
              name="staffCode"
              label={t('accounts.staffCode')}
              extra={t('accounts.staffCodeHelp')}
            >
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('accounts.initialPassword')}
              rules={[{ required: true, min: 8, message: t('auth.passwordRule', { min: 8 }) }]}
            >
              <Input
                autoComplete="off"
                addonAfter={
                  <Button
                    type="link"
                    size="small"
                    onClick={() => form.setFieldValue('password', generatePassword())}
                  >
                    {t('accounts.generate')}
                  </Button>
                }
              />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
