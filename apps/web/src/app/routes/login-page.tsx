import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router-dom';
import { LanguageSwitch } from '../../components/language-switch';
import { ChangePasswordForm } from '../../features/auth/components/change-password-form';
import { LoginForm } from '../../features/auth/components/login-form';
import { useSessionState } from '../../lib/session-hooks';
import { FullPageSpinner } from '../full-page-spinner';
import { Brand } from '../layout/brand';

/** Only same-site paths: never send a user on to another origin after login. */
const safeTarget = (from: string | null) =>
  from && from.startsWith('/') && !from.startsWith('//') ? from : '/';

export function LoginPage() {
  const { t } = useTranslation();
  const { status, user } = useSessionState();
  const [params] = useSearchParams();
  const target = safeTarget(params.get('from'));

  if (status === 'restoring') return <FullPageSpinner />;
  if (status === 'signed-in' && user && !user.mustChangePassword)
    return <Navigate to={target} replace />;

  return (
    <Flex
      vertical
      align="center"
      style={{
        minHeight: '100vh',
        padding: '16px 12px',
        background: 'linear-gradient(180deg, #e8f1fb 0%, #f5f7fa 60%)',
      }}
    >
      <Flex justify="flex-end" style={{ width: '100%', maxWidth: 420 }}>
        <LanguageSwitch size="small" />
      </Flex>
      <Card style={{ width: '100%', maxWidth: 420, marginTop: '8vh' }}>
        <Flex vertical align="center" gap={4} style={{ marginBottom: 24, textAlign: 'center' }}>
          <Brand />
          <Typography.Title level={4} style={{ margin: '12px 0 0' }}>
            {t('app.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('app.organisation')}</Typography.Text>
        </Flex>
        {status === 'signed-in' && user?.mustChangePassword ? (
          <ChangePasswordForm intro={t('auth.mustChangePassword')} onDone={() => undefined} />
        ) : (
          <LoginForm />
        )}
      </Card>
      <Typography.Text
        type="secondary"
        style={{ marginTop: 24, fontSize: 12, textAlign: 'center' }}
      >
        {t('app.footer')}
      </Typography.Text>
    </Flex>
  );
}
