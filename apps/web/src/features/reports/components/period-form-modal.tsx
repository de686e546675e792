import { DEFAULT_REPORTING_UNIT_KINDS, type UnitKind } from '@loa/contracts';
import { App, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { DISPLAY_DATE_FORMAT, fromDayjs, todayInVietnam, toDayjs } from '../../../lib/dates';
import { periodDefaults } from '../api/period-defaults';
import { useCreateReportPeriod, useUpdateReportPeriod } from '../api/report-periods';
import type { ReportPeriodKind, ReportPeriodView } from '@loa/contracts';

const REQUIRABLE_KINDS: UnitKind[] = [
  'commune',
  'direct_unit',
  'upper_secondary',
  'continuing_education',
  'university',
  'vocational',
  'division',
];

interface PeriodFormValues {
  kind: ReportPeriodKind;
  year: number;
  title: string;
  cutoffOn: Dayjs | null;
  dueOn: Dayjs | null;
  requiredUnitKinds: UnitKind[];
}

interface PeriodFormModalProps {
  open: boolean;
  /** Given: edit this period (its kind and year stay); absent: create one. */
  period?: ReportPeriodView;
  onClose: () => void;
}

/** Creates a report period with the regime's defaults, or changes one's dates and units. */
export function PeriodFormModal({ open, period, onClose }: PeriodFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PeriodFormValues>();
  const create = useCreateReportPeriod();
  const update = useUpdateReportPeriod(period?.id ?? '');
  const mutation = period ? update : create;

  const defaultTitle = (kind: ReportPeriodKind, year: number) =>
    t(`reports.periods.defaultTitle.${kind}`, { year });

  const applyDefaults = (kind: ReportPeriodKind, year: number) => {
    const dates = periodDefaults(kind, year);
    form.setFieldsValue({
      title: defaultTitle(kind, year),
      cutoffOn: toDayjs(dates.cutoffOn),
      dueOn: toDayjs(dates.dueOn),
    });
  };

  useEffect(() => {
    if (!open) return;
    if (period) {
      form.setFieldsValue({
        kind: period.kind,
        year: period.year,
        title: period.title,
        cutoffOn: toDayjs(period.cutoffOn),
        dueOn: toDayjs(period.dueOn),
        requiredUnitKinds: period.requiredUnitKinds,
      });
    } else {
      const year = Number(todayInVietnam().slice(0, 4));
      form.setFieldsValue({
        kind: 'half_year',
        year,
        requiredUnitKinds: [...DEFAULT_REPORTING_UNIT_KINDS],
      });
      applyDefaults('half_year', year);
    }
  }, [open, period]);

  const submit = async () => {
    const values = await form.validateFields();
    const body = {
      title: values.title.normalize('NFC').trim(),
      cutoffOn: fromDayjs(values.cutoffOn) ?? undefined,
      dueOn: fromDayjs(values.dueOn) ?? undefined,
      requiredUnitKinds: values.requiredUnitKinds,
    };
    if (period) await update.mutateAsync(body);
    else await create.mutateAsync({ ...body, kind: values.kind, year: values.year });
    void message.success(t(period ? 'reports.periods.updated' : 'reports.periods.created'));
    onClose();
  };

  const onDefaultsChange = (changed: Partial<PeriodFormValues>, all: PeriodFormValues) => {
    if (period || (changed.kind === undefined && changed.year === undefined)) return;
    if (all.kind && all.year) applyDefaults(all.kind, all.year);
  };

  return (
    <Modal
      open={open}
      title={t(period ? 'reports.periods.edit' : 'reports.periods.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: mutation.isPending }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <ErrorAlert error={mutation.error} />
      <Form form={form} layout="vertical" onValuesChange={onDefaultsChange}>
        <Form.Item name="kind" label={t('reports.periods.kind')} rules={[{ required: true }]}>
          <Radio.Group disabled={!!period}>
            <Radio.Button value="half_year">{t('reports.periods.kinds.half_year')}</Radio.Button>
            <Radio.Button value="annual">{t('reports.periods.kinds.annual')}</Radio.Button>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="year"
          label={t('reports.periods.year')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <InputNumber min={2020} max={2100} disabled={!!period} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('reports.periods.titleLabel')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="cutoffOn"
          label={t('reports.periods.cutoffOn')}
          extra={t('reports.periods.cutoffHelp')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <DatePicker format={DISPLAY_DATE_FORMAT} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="dueOn"
          label={t('reports.periods.dueOn')}
          dependencies={['cutoffOn']}
          rules={[
            { required: true, message: t('common.required') },
            ({ getFieldValue }) => ({
              validator: (_, value: Dayjs | null) => {
                const cutoff = getFieldValue('cutoffOn') as Dayjs | null;
                return value && cutoff && value.isBefore(cutoff, 'day')
                  ? Promise.reject(new Error(t('reports.periods.dueBeforeCutoff')))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <DatePicker format={DISPLAY_DATE_FORMAT} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="requiredUnitKinds"
          label={t('reports.periods.requiredUnitKinds')}
          rules={[{ required: true, type: 'array', min: 1, message: t('common.required') }]}
        >
          <Checkbox.Group
            options={REQUIRABLE_KINDS.map((kind) => ({
              value: kind,
              label: t(`unitKinds.${kind}`),
            }))}
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
