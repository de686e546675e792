import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { useLogin } from '../api/login';

interface LoginFormValues {
  username: string;
  password: string;
}

const KNOWN_LOGIN_ERRORS = [
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'ACCOUNT_DISABLED',
  'TOO_MANY_ATTEMPTS',
  'NETWORK',
];

export function LoginForm() {
  const { t } = useTranslation();
  const loginMutation = useLogin();
  const error = loginMutation.error;
  const errorMessage = !error
    ? null
    : isApiError(error) && KNOWN_LOGIN_ERRORS.includes(error.code)
      ? t(`auth.errors.${error.code}`)
      : isApiError(error)
        ? error.message
        : t('errors.generic');

  return (
    <Form<LoginFormValues>
      layout="vertical"
      requiredMark={false}
      onFinish={(values) =>
        loginMutation.mutate({ username: values.username.trim(), password: values.password })
      }
    >
      {errorMessage ? (
        <Alert type="error" showIcon message={errorMessage} style={{ marginBottom: 16 }} />
      ) : null}
      <Form.Item
        name="username"
        label={t('auth.username')}
        rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
      >
        <Input
          prefix={<UserOutlined />}
          autoComplete="username"
          autoCapitalize="none"
          autoFocus
          size="large"
        />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('auth.password')}
        rules={[{ required: true, message: t('auth.passwordRequired') }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={loginMutation.isPending}>
        {t('auth.signIn')}
      </Button>
    </Form>
  );
}
