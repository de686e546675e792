import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { useEvidenceDownload } from '../api/record-training';

/** Opens (downloads) the evidence file of an external record, with the session's token. */
export function EvidenceLink({ url }: { url: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const download = useEvidenceDownload();
  return (
    <Button
      size="small"
      type="link"
      icon={<PaperClipOutlined />}
      loading={download.isPending}
      onClick={() =>
        download.mutate(url, {
          onError: (error) =>
            void message.error(isApiError(error) ? error.message : t('errors.generic')),
        })
      }
    >
      {t('certificates.pending.evidence')}
    </Button>
  );
}
