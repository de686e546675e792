import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export function NotFoundPage({ title }: { title?: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={title ?? t('notFound.title')}
      subTitle={t('notFound.help')}
      extra={
        <Link to="/">
          <Button type="primary">{t('notFound.home')}</Button>
        </Link>
      }
    />
  );
}
