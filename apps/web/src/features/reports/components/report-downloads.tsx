import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiBlob } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';
import { saveBlob } from '../../../lib/download';
import { reportDownloadPath } from '../api/unit-reports';

type Format = 'docx' | 'pdf';

/** DOCX and PDF of the report, fetched with the session's token; a spinner while preparing. */
export function ReportDownloads({
  reportId,
  unitCode,
  periodCode,
}: {
  reportId: string;
  unitCode: string;
  periodCode: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<Format | null>(null);

  const download = async (format: Format) => {
    setBusy(format);
    try {
      const { blob, fileName } = await apiBlob(reportDownloadPath(reportId, format));
      saveBlob(blob, fileName ?? `bao-cao-${unitCode}-${periodCode}.${format}`);
    } catch (error) {
      void message.error(isApiError(error) ? error.message : t('errors.generic'));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Button
        icon={<FileWordOutlined />}
        loading={busy === 'docx'}
        disabled={busy !== null}
        onClick={() => void download('docx')}
      >
        {t('reports.download.docx')}
      </Button>
      <Button
        icon={<FilePdfOutlined />}
        loading={busy === 'pdf'}
        disabled={busy !== null}
        onClick={() => void download('pdf')}
      >
        {t('reports.download.pdf')}
      </Button>
    </>
  );
}
