import { Button, Divider, Drawer, Form, Input, InputNumber } from 'antd';
import type { ProgrammeView } from '@loa/contracts';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { ProgrammeChanges, useUpdateProgramme } from '../api/reference-api';
import { ChangeHistory } from './change-history';

/** Edits a programme's name, hours, validity and renewal window; empty validity: no expiry. */
export function ProgrammeDrawer({
  programme,
  onClose,
}: {
  programme: ProgrammeView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateProgramme(programme.code);
  const save = (values: ProgrammeChanges) =>
    update.mutate(
      {
        name: values.name,
        hours: values.hours ?? null,
        validityMonths: values.validityMonths ?? null,
        renewalWindowMonths: values.renewalWindowMonths ?? null,
      },
      { onSuccess: onClose },
    );
  return (
    <Drawer open width={560} title={`${programme.code} — ${programme.name}`} onClose={onClose}>
      <ErrorAlert error={update.error} />
      <Form<ProgrammeChanges> layout="vertical" initialValues={programme} onFinish={save}>
        <Form.Item name="name" label={t('settings.fields.name')} rules={[{ required: true }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="hours" label={t('settings.fields.hours')}>
          <InputNumber min={1} max={10000} precision={0} />
        </Form.Item>
        <Form.Item
          name="validityMonths"
          label={t('settings.fields.validityMonths')}
          extra={t('settings.programmes.validityHelp')}
        >
          <InputNumber min={1} max={240} precision={0} />
        </Form.Item>
        <Form.Item name="renewalWindowMonths" label={t('settings.fields.renewalWindowMonths')}>
          <InputNumber min={0} max={60} precision={0} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('settings.save')}
        </Button>
      </Form>
      <Divider>{t('settings.history.title')}</Divider>
      <ChangeHistory subject="programmes" code={programme.code} />
    </Drawer>
  );
}
