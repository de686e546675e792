import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** The certificate's public verification page, in a new tab (what a third party would see). */
export function VerifyLink({ number }: { number: string }) {
  const { t } = useTranslation();
  return (
    <Button
      size="small"
      type="link"
      icon={<SafetyCertificateOutlined />}
      href={`/xac-minh/${encodeURIComponent(number)}`}
      target="_blank"
      rel="noopener"
    >
      {t('certificates.verifyLink')}
    </Button>
  );
}
