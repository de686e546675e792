import type { PendingTrainingRecord } from '@loa/contracts';
import { Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useRejectRecord } from '../api/training-records';

interface RejectRecordModalProps {
  record: PendingTrainingRecord | null;
  onClose: () => void;
}

/** Rejecting an external training record needs a reason the submitter can read. */
export function RejectRecordModal({ record, onClose }: RejectRecordModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const reject = useRejectRecord();
  const close = () => {
    reject.reset();
    form.resetFields();
    onClose();
  };
  return (
    <Modal
      open={!!record}
      title={t('certificates.pending.rejectTitle', { holder: record?.holderName })}
      okText={t('certificates.pending.reject')}
      okButtonProps={{ danger: true, loading: reject.isPending }}
      cancelText={t('common.cancel')}
      onCancel={close}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {record ? `${record.programme.name} · ${record.staffCode}` : null}
      </Typography.Paragraph>
      <ErrorAlert error={reject.error} />
      <Form
        form={form}
        layout="vertical"
        onFinish={({ reason }) => {
          if (!record) return;
          reject.mutate(
            { id: record.id, reason: reason.normalize('NFC').trim() },
            { onSuccess: close },
          );
        }}
      >
        <Form.Item
          name="reason"
          label={t('certificates.pending.reason')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
