import type { UnitDetail } from '@loa/contracts';
import { Alert, App, DatePicker, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { UnitSearchSelect } from '../../../components/unit-search-select';
import { DISPLAY_DATE_FORMAT, fromDayjs, toDayjs } from '../../../lib/dates';
import { useCloseUnit } from '../api/unit-mutations';

interface CloseUnitValues {
  closedOn: Dayjs;
  mergedIntoCode?: string | null;
}

/** Closes a unit from a date, optionally merged into another; earlier dates keep it open. */
export function CloseUnitModal(props: {
  open: boolean;
  onClose: () => void;
  unit: UnitDetail;
  asOf: string;
}) {
  const { open, onClose, unit, asOf } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CloseUnitValues>();
  const mutation = useCloseUnit(unit.code);
  return (
    <Modal
      open={open}
      title={t('units.closeUnitTitle', { name: unit.name })}
      okText={t('units.closeUnit')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert
        type="warning"
        showIcon
        message={t('units.closeWarning')}
        style={{ marginBottom: 16 }}
      />
      <ErrorAlert error={mutation.error} />
      <Form<CloseUnitValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ closedOn: toDayjs(asOf) }}
        onFinish={(values) =>
          mutation.mutate(
            {
              closedOn: fromDayjs(values.closedOn) ?? asOf,
              mergedIntoCode: values.mergedIntoCode || undefined,
            },
            {
              onSuccess: () => {
                void message.success(t('units.closedDone'));
                onClose();
              },
            },
          )
        }
      >
        <Form.Item
          name="closedOn"
          label={t('units.closedOnLabel')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <DatePicker format={DISPLAY_DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="mergedIntoCode"
          label={t('units.mergedIntoLabel')}
          extra={t('units.mergedIntoHelp')}
        >
          <UnitSearchSelect asOf={asOf} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
