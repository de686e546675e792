import { InboxOutlined } from '@ant-design/icons';
import type { RecordedTraining } from '@loa/contracts';
import { Alert, DatePicker, Form, Input, Modal, Progress, Result, Select, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { DISPLAY_DATE_FORMAT, formatDate, fromDayjs } from '../../../lib/dates';
import { useProgrammes } from '../api/my-certificates';
import { useRecordTraining } from '../api/record-training';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
const MAX_BYTES = 10 * 1024 * 1024;

interface FormValues {
  staffCode: string;
  programmeCode: string;
  issuedOn: Dayjs;
  expiresOn?: Dayjs | null;
  certificateNo?: string;
  provider?: string;
}

interface RecordTrainingModalProps {
  open: boolean;
  onClose: () => void;
}

/** "Ghi nhận một kết quả đào tạo": one external training with its evidence (PDF, JPEG, PNG). */
export function RecordTrainingModal({ open, onClose }: RecordTrainingModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const [evidence, setEvidence] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [progress, setProgress] = useState(0);
  const [result, setResult] = useState<RecordedTraining | null>(null);
  const programmes = useProgrammes();
  const save = useRecordTraining();

  const close = () => {
    form.resetFields();
    save.reset();
    setEvidence(null);
    setFileProblem(null);
    setResult(null);
    onClose();
  };

  const submit = (values: FormValues) => {
    if (!evidence) {
      setFileProblem(t('certificates.record.evidenceRequired'));
      return;
    }
    setProgress(0);
    save.mutate(
      {
        fields: {
          staffCode: values.staffCode.trim(),
          programmeCode: values.programmeCode,
          issuedOn: fromDayjs(values.issuedOn) ?? '',
          expiresOn: fromDayjs(values.expiresOn) ?? undefined,
          certificateNo: values.certificateNo?.trim() || undefined,
          provider: values.provider?.trim() || undefined,
        },
        evidence,
        onProgress: setProgress,
      },
      { onSuccess: setResult },
    );
  };

  return (
    <Modal
      open={open}
      title={t('certificates.record.title')}
      onCancel={close}
      okText={result ? t('certificates.record.close') : t('certificates.record.submit')}
      onOk={result ? close : () => form.submit()}
      cancelButtonProps={{ style: result ? { display: 'none' } : undefined }}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {result ? (
        <Result
          status="success"
          title={
            result.approval === 'approved'
              ? t('certificates.record.approved', { number: result.number ?? '' })
              : t('certificates.record.pending')
          }
          subTitle={`${result.staffCode} · ${result.programmeCode} · ${formatDate(result.issuedOn)}`}
        />
      ) : (
        <Form<FormValues> form={form} layout="vertical" onFinish={submit}>
          <Form.Item
            name="staffCode"
            label={t('certificates.record.staffCode')}
            rules={[
              { required: true, whitespace: true, message: t('certificates.record.required') },
            ]}
          >
            <Input autoComplete="off" placeholder="CB000123" />
          </Form.Item>
          <Form.Item
            name="programmeCode"
            label={t('certificates.record.programme')}
            rules={[{ required: true, message: t('certificates.record.required') }]}
          >
            <Select
              loading={programmes.isPending}
              options={(programmes.data ?? []).map((p) => ({
                value: p.code,
                label: `${p.code} — ${p.name}`,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="issuedOn"
            label={t('certificates.record.issuedOn')}
            rules={[{ required: true, message: t('certificates.record.required') }]}
          >
            <DatePicker format={DISPLAY_DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="expiresOn"
            label={t('certificates.record.expiresOn')}
            extra={t('certificates.record.expiresOnHint')}
          >
            <DatePicker format={DISPLAY_DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="certificateNo"
            label={t('certificates.record.number')}
            extra={t('certificates.record.numberHint')}
          >
            <Input maxLength={80} />
          </Form.Item>
          <Form.Item name="provider" label={t('certificates.record.provider')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label={t('certificates.record.evidence')} required>
            <Upload.Dragger
              accept={ACCEPT}
              maxCount={1}
              beforeUpload={(file) => {
                if (file.size > MAX_BYTES) {
                  setFileProblem(t('certificates.record.tooLarge'));
                  setEvidence(null);
                } else {
                  setFileProblem(null);
                  setEvidence(file);
                }
                return false;
              }}
              onRemove={() => setEvidence(null)}
              fileList={evidence ? [{ uid: 'evidence', name: evidence.name, status: 'done' }] : []}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('certificates.record.evidenceHint')}</p>
            </Upload.Dragger>
          </Form.Item>
          {fileProblem ? <Alert type="error" showIcon message={fileProblem} /> : null}
          {save.isPending ? <Progress percent={progress} size="small" /> : null}
          {save.error ? <ErrorAlert error={save.error} /> : null}
        </Form>
      )}
    </Modal>
  );
}
