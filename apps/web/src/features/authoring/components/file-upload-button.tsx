import { UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Progress, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';

interface FileUploadButtonProps {
  accept: string;
  /** Shown under the button, e.g. "PDF, tối đa 50 MB". */
  hint: string;
  label: string;
  /** Uploads the file, reporting 0..100; resolves when the server has answered. */
  upload: (file: File, onProgress: (percent: number) => void) => Promise<unknown>;
  maxBytes: number;
}

/** Picks one file and uploads it with a progress bar; refuses an oversize file before sending. */
export function FileUploadButton({ accept, hint, label, upload, maxBytes }: FileUploadButtonProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tooBig, setTooBig] = useState(false);
  const choose = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setTooBig(file.size > maxBytes);
    if (file.size > maxBytes) return;
    setPercent(0);
    try {
      await upload(file, setPercent);
    } catch (failure) {
      setError(failure);
    } finally {
      setPercent(null);
      if (input.current) input.current.value = '';
    }
  };
  return (
    <Flex vertical gap={4}>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        onChange={(event) => void choose(event.target.files?.[0])}
      />
      <div>
        <Button
          icon={<UploadOutlined />}
          loading={percent !== null}
          onClick={() => input.current?.click()}
        >
          {label}
        </Button>
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {hint}
      </Typography.Text>
      {percent !== null ? (
        <Progress percent={percent} status="active" aria-label={t('authoring.uploading')} />
      ) : null}
      {tooBig ? (
        <Typography.Text type="danger">{t('authoring.tooBig', { hint })}</Typography.Text>
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
    </Flex>
  );
}
