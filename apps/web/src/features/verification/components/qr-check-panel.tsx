import { CameraOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Input, Typography, Upload } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { payloadFromText } from '../api/certificate-payload';
import { usePayloadCheck } from '../hooks/use-payload-check';
import { useQrImageReader } from '../hooks/use-qr-image-reader';
import { PayloadCheckResultView } from './payload-check-result';

/** Reads a certificate's QR code from a photo (or its pasted text) and checks its signature. */
export function QrCheckPanel({ initialPayload }: { initialPayload?: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState(initialPayload ?? '');
  const check = usePayloadCheck();
  const { mutate, reset } = check;

  const run = useCallback(
    (value: string) => {
      const payload = payloadFromText(value);
      if (payload) mutate(payload);
    },
    [mutate],
  );
  const onQrText = useCallback(
    (value: string) => {
      setText(payloadFromText(value));
      run(value);
    },
    [run],
  );
  const reader = useQrImageReader(onQrText);

  const started = useRef(false);
  useEffect(() => {
    if (initialPayload && !started.current) {
      started.current = true;
      run(initialPayload);
    }
  }, [initialPayload, run]);

  return (
    <div>
      <Upload.Dragger
        accept="image/*"
        multiple={false}
        showUploadList={false}
        disabled={reader.state === 'reading'}
        beforeUpload={(file) => {
          reset();
          void reader.read(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <CameraOutlined />
        </p>
        <p className="ant-upload-text">{t('verify.qr.pickImage')}</p>
        <p className="ant-upload-hint">{t('verify.qr.pickImageHint')}</p>
      </Upload.Dragger>
      {reader.state === 'no_code' || reader.state === 'not_image' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          message={t(`verify.qr.${reader.state === 'no_code' ? 'noCode' : 'notImage'}`)}
        />
      ) : null}
      <Typography.Text strong style={{ display: 'block', margin: '16px 0 6px' }}>
        <label htmlFor="qr-payload">{t('verify.qr.pasteLabel')}</label>
      </Typography.Text>
      <Input.TextArea
        id="qr-payload"
        value={text}
        onChange={(event) => setText(event.target.value)}
        autoSize={{ minRows: 3, maxRows: 6 }}
        placeholder={t('verify.qr.pastePlaceholder')}
        spellCheck={false}
        style={{ fontFamily: 'monospace', fontSize: 13 }}
      />
      <Flex justify="flex-end" style={{ marginTop: 8, marginBottom: 16 }}>
        <Button
          type="primary"
          onClick={() => run(text)}
          loading={check.isPending}
          disabled={!text.trim()}
        >
          {t('verify.qr.check')}
        </Button>
      </Flex>
      {check.data ? <PayloadCheckResultView result={check.data} /> : null}
    </div>
  );
}
