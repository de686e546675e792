import type { RegistryEntry } from '@loa/contracts';
import { DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { DISPLAY_DATE_FORMAT, fromDayjs, todayInVietnam, toDayjs } from '../../../lib/dates';
import { useRevokeCertificate } from '../api/certificate-mutations';

interface RevokeModalProps {
  certificate: RegistryEntry | null;
  onClose: () => void;
}

/** Revocation keeps the certificate: it then says "revoked" from that date, with the reason. */
export function RevokeModal({ certificate, onClose }: RevokeModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ revokedOn: Dayjs; reason: string }>();
  const revoke = useRevokeCertificate();
  const close = () => {
    revoke.reset();
    form.resetFields();
    onClose();
  };
  return (
    <Modal
      open={!!certificate}
      title={t('certificates.revoke.title', { number: certificate?.number })}
      okText={t('certificates.revoke.confirm')}
      okButtonProps={{ danger: true, loading: revoke.isPending }}
      cancelText={t('common.cancel')}
      onCancel={close}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('certificates.revoke.help', { holder: certificate?.holderName })}
      </Typography.Paragraph>
      <ErrorAlert error={revoke.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ revokedOn: toDayjs(todayInVietnam()) }}
        onFinish={(values) => {
          if (!certificate) return;
          revoke.mutate(
            {
              number: certificate.number,
              body: {
                revokedOn: fromDayjs(values.revokedOn) ?? todayInVietnam(),
                reason: values.reason.normalize('NFC').trim(),
              },
            },
            { onSuccess: close },
          );
        }}
      >
        <Form.Item
          name="revokedOn"
          label={t('certificates.revoke.revokedOn')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <DatePicker format={DISPLAY_DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('certificates.revoke.reason')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
