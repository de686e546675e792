import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiBlob } from '../../../lib/api-client';
import { saveBlob } from '../../../lib/download';

interface DocumentLessonProps {
  fileUrl?: string | null;
  title: string;
}

/** `/api/learn/files/…` → the path the API client takes (it adds `/api` and the token). */
const apiPath = (url: string) => url.replace(/^\/api(?=\/)/, '');

/** A PDF shown inline (fetched with the session, so only enrolled learners get it) and downloadable. */
export function DocumentLesson({ fileUrl, title }: DocumentLessonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [objectUrl, setObjectUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (!fileUrl) return undefined;
    let url: string | null = null;
    let cancelled = false;
    setFailed(false);
    apiBlob(apiPath(fileUrl))
      .then(({ blob }) => {
        if (cancelled) return;
        url = URL.createObjectURL(new Blob([blob], { type: 'application/pdf' }));
        setObjectUrl(url);
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
      setObjectUrl(null);
    };
  }, [fileUrl]);
  if (!fileUrl) return <Alert type="warning" message={t('learning.player.noFile')} />;
  const download = async () => {
    setSaving(true);
    try {
      const { blob, fileName: served } = await apiBlob(apiPath(fileUrl));
      saveBlob(blob, served ?? `${title}.pdf`);
    } catch {
      void message.error(t('errors.generic'));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Flex vertical gap={8}>
      <Button icon={<DownloadOutlined />} onClick={() => void download()} loading={saving}>
        {t('learning.player.download')}
      </Button>
      {failed ? (
        <Alert type="error" message={t('learning.player.documentFailed')} />
      ) : objectUrl ? (
        <object
          data={objectUrl}
          type="application/pdf"
          aria-label={title}
          style={{ width: '100%', height: '75vh', border: '1px solid #f0f0f0', borderRadius: 8 }}
        >
          <Alert type="info" message={t('learning.player.pdfNotShown')} />
        </object>
      ) : (
        <Spin tip={t('learning.player.loadingDocument')}>
          <div style={{ height: 200 }} />
        </Spin>
      )}
    </Flex>
  );
}
