import { InboxOutlined } from '@ant-design/icons';
import { Button, Flex, Progress, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const ACCEPT =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface UploadStepProps {
  uploading: boolean;
  progress: number;
  fileName: string | null;
  error: unknown;
  onFile: (file: File) => void;
  onBack: () => void;
}

/** Step 2: drop or pick the spreadsheet; it is checked right away (dry run, nothing written). */
export function UploadStep({
  uploading,
  progress,
  fileName,
  error,
  onFile,
  onBack,
}: UploadStepProps) {
  const { t } = useTranslation();
  return (
    <div style={{ maxWidth: 720 }}>
      <ErrorAlert error={error} title={error ? t('imports.fileRejected') : undefined} />
      <Upload.Dragger
        accept={ACCEPT}
        multiple={false}
        showUploadList={false}
        disabled={uploading}
        beforeUpload={(file) => {
          onFile(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('imports.dropHere')}</p>
        <p className="ant-upload-hint">
          {t('imports.dropHint', { size: MAX_FILE_BYTES / 1024 / 1024 })}
        </p>
      </Upload.Dragger>
      {uploading ? (
        <div style={{ marginTop: 16 }} aria-live="polite">
          <Typography.Text>{fileName}</Typography.Text>
          <Progress percent={progress} status="active" />
          <Typography.Text type="secondary">
            {progress < 100 ? t('imports.uploading') : t('imports.checking')}
          </Typography.Text>
        </div>
      ) : null}
      <Flex gap={8} style={{ marginTop: 16 }}>
        <Button onClick={onBack} disabled={uploading}>
          {t('common.back')}
        </Button>
      </Flex>
    </div>
  );
}
