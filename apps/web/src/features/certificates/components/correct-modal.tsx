import type { RegistryEntry } from '@loa/contracts';
import { Alert, DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { DISPLAY_DATE_FORMAT, fromDayjs, toDayjs } from '../../../lib/dates';
import { useCorrectCertificate } from '../api/certificate-mutations';

interface CorrectModalProps {
  certificate: RegistryEntry | null;
  onClose: () => void;
}

/** A misspelt name or a wrong date of birth: reissued under a new number linked to the old one. */
export function CorrectModal({ certificate, onClose }: CorrectModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ holderName: string; holderDateOfBirth: Dayjs | null }>();
  const correct = useCorrectCertificate();
  const [newNumber, setNewNumber] = useState<string | null>(null);
  const close = () => {
    correct.reset();
    setNewNumber(null);
    form.resetFields();
    onClose();
  };
  return (
    <Modal
      open={!!certificate}
      title={t('certificates.correct.title', { number: certificate?.number })}
      okText={newNumber ? t('common.close') : t('certificates.correct.confirm')}
      okButtonProps={{ loading: correct.isPending }}
      cancelButtonProps={{ style: newNumber ? { display: 'none' } : undefined }}
      cancelText={t('common.cancel')}
      onCancel={close}
      onOk={() => (newNumber ? close() : form.submit())}
      destroyOnHidden
    >
      {newNumber ? (
        <Alert
          type="success"
          showIcon
          message={t('certificates.correct.done', { number: newNumber })}
          description={t('certificates.correct.doneHelp', { old: certificate?.number })}
        />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {t('certificates.correct.help')}
          </Typography.Paragraph>
          <ErrorAlert error={correct.error} />
          <Form
            form={form}
            layout="vertical"
            initialValues={{
              holderName: certificate?.holderName,
              holderDateOfBirth: toDayjs(certificate?.holderDateOfBirth),
            }}
            onFinish={(values) => {
              if (!certificate) return;
              const holderName = values.holderName.normalize('NFC').trim();
              const holderDateOfBirth = fromDayjs(values.holderDateOfBirth);
              const body = {
                holderName: holderName !== certificate.holderName ? holderName : undefined,
                holderDateOfBirth:
                  holderDateOfBirth && holderDateOfBirth !== certificate.holderDateOfBirth
                    ? holderDateOfBirth
                    : undefined,
              };
              if (!body.holderName && !body.holderDateOfBirth) {
                form.setFields([
                  { name: 'holderName', errors: [t('certificates.correct.nothingChanged')] },
                ]);
                return;
              }
              correct.mutate(
                { number: certificate.number, body },
                { onSuccess: (answer) => setNewNumber(answer.number) },
              );
            }}
          >
            <Form.Item
              name="holderName"
              label={t('certificates.correct.holderName')}
              rules={[{ required: true, whitespace: true, message: t('common.required') }]}
            >
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item
              name="holderDateOfBirth"
              label={t('certificates.correct.dateOfBirth')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <DatePicker format={DISPLAY_DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
