import type { UnitDetail, UnitKind } from '@loa/contracts';
import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { UnitSearchSelect } from '../../../components/unit-search-select';
import { DISPLAY_DATE_FORMAT, fromDayjs, toDayjs } from '../../../lib/dates';
import { useCreateUnit, useUpdateUnit } from '../api/unit-mutations';
import { UnitKindSelect } from './unit-kind-select';

interface UnitFormValues {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string;
  effectiveFrom: Dayjs | null;
}

interface UnitFormModalProps {
  open: boolean;
  onClose: () => void;
  asOf: string;
  /** Create a unit under this one, or edit it (rename / change kind / move). */
  mode: 'create' | 'edit';
  unit: UnitDetail;
  onSaved?: (code: string) => void;
}

/** Creating a unit below this one, or renaming / moving it from an effective date. */
export function UnitFormModal({ open, onClose, asOf, mode, unit, onSaved }: UnitFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UnitFormValues>();
  const create = useCreateUnit();
  const update = useUpdateUnit(unit.code);
  const mutation = mode === 'create' ? create : update;

  const submit = async (values: UnitFormValues) => {
    const effectiveFrom = fromDayjs(values.effectiveFrom) ?? undefined;
    if (mode === 'create') {
      const created = await create.mutateAsync({
        code: values.code.trim(),
        name: values.name.trim().normalize('NFC'),
        kind: values.kind,
        parentCode: values.parentCode,
        effectiveFrom,
      });
      void message.success(t('units.created'));
      onSaved?.(created?.code ?? values.code.trim());
    } else {
      await update.mutateAsync({
        name: values.name.trim().normalize('NFC'),
        kind: values.kind,
        parentCode: values.parentCode,
        effectiveFrom: effectiveFrom ?? asOf,
      });
      void message.success(t('units.saved'));
      onSaved?.(unit.code);
    }
    onClose();
  };

  return (
    <Modal
      open={open}
      title={mode === 'create' ? t('units.addUnitUnder', { name: unit.name }) : t('units.editUnit')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ErrorAlert error={mutation.error} />
      <Form<UnitFormValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          mode === 'create'
            ? { parentCode: unit.code, effectiveFrom: toDayjs(asOf) }
            : {
                name: unit.name,
                kind: unit.kind,
                parentCode: unit.parent?.code,
                effectiveFrom: toDayjs(asOf),
              }
        }
        onFinish={(values) => void submit(values).catch(() => undefined)}
      >
        {mode === 'create' ? (
          <Form.Item
            name="code"
            label={t('units.code')}
            extra={t('units.codeHelp')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input maxLength={50} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="name"
          label={t('units.name')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('units.kind')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <UnitKindSelect />
        </Form.Item>
        {mode === 'create' || unit.parent ? (
          <Form.Item
            name="parentCode"
            label={t('units.parent')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <UnitSearchSelect asOf={asOf} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="effectiveFrom"
          label={t('units.effectiveFrom')}
          extra={mode === 'edit' ? t('units.effectiveFromHelp') : undefined}
          rules={[{ required: mode === 'edit', message: t('common.required') }]}
        >
          <DatePicker format={DISPLAY_DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
