import { FilePdfOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { useCertificatePdf } from '../api/certificate-pdf';

/** Downloads one certificate issued by Loa as PDF (with the session's token). */
export function PdfDownloadButton({ number, compact }: { number: string; compact?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const pdf = useCertificatePdf();
  return (
    <Button
      size="small"
      icon={<FilePdfOutlined />}
      loading={pdf.isPending}
      aria-label={t('certificates.downloadPdfFor', { number })}
      title={t('certificates.downloadPdf')}
      onClick={() =>
        pdf.mutate(number, {
          onError: (error) =>
            void message.error(isApiError(error) ? error.message : t('errors.generic')),
        })
      }
    >
      {compact ? null : t('certificates.pdf')}
    </Button>
  );
}
