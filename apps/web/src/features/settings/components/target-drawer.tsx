import { Alert, Button, Divider, Drawer, Form, Input, Select, Typography } from 'antd';
import type { TargetPopulation, TargetView } from '@loa/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useProgrammes, useUpdateTarget } from '../api/reference-api';
import { periodsProblem } from '../hooks/period-overlaps';
import { ChangeHistory } from './change-history';
import { PeriodRow, PeriodsEditor } from './periods-editor';

const POPULATIONS: TargetPopulation[] = ['communication_officers', 'all_staff'];

interface TargetFormValues {
  name: string;
  population: TargetPopulation;
  programmeCode: string;
}

/** Edits one target (name, population, programme, periods) and shows its history. */
export function TargetDrawer({ target, onClose }: { target: TargetView; onClose: () => void }) {
  const { t } = useTranslation();
  const programmes = useProgrammes();
  const update = useUpdateTarget(target.code);
  const [periods, setPeriods] = useState<PeriodRow[]>(
    target.periods.map((p) => ({
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      percent: Math.round(p.threshold * 10000) / 100,
    })),
  );
  const [problem, setProblem] = useState<string | null>(null);

  const save = (values: TargetFormValues) => {
    const found =
      periodsProblem(periods) ??
      (periods.some((p) => p.percent === null) ? 'missingThreshold' : null);
    setProblem(found);
    if (found) return;
    update.mutate(
      {
        name: values.name,
        population: values.population,
        programmeCode: values.programmeCode,
        periods: periods.map((p) => ({
          startsOn: p.startsOn ?? '',
          endsOn: p.endsOn ?? '',
          threshold: Math.round((p.percent ?? 0) * 100) / 10000,
        })),
      },
      { onSuccess: onClose },
    );
  };

  return (
    <Drawer open width={640} title={`${target.code} — ${target.name}`} onClose={onClose}>
      <ErrorAlert error={update.error} />
      <Form<TargetFormValues>
        layout="vertical"
        initialValues={{
          name: target.name,
          population: target.population,
          programmeCode: target.programme.code,
        }}
        onFinish={save}
      >
        <Form.Item name="name" label={t('settings.fields.name')} rules={[{ required: true }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="population" label={t('settings.fields.population')}>
          <Select
            options={POPULATIONS.map((value) => ({
              value,
              label: t(`settings.population.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="programmeCode" label={t('settings.fields.programme')}>
          <Select
            loading={programmes.isPending}
            options={(programmes.data ?? []).map((p) => ({
              value: p.code,
              label: `${p.code} — ${p.name}`,
            }))}
          />
        </Form.Item>
        <Typography.Text strong>{t('settings.fields.periods')}</Typography.Text>
        <PeriodsEditor value={periods} onChange={setPeriods} />
        {problem ? (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 12 }}
            message={t(`settings.periods.${problem}`)}
          />
        ) : null}
        <Button
          type="primary"
          htmlType="submit"
          loading={update.isPending}
          style={{ marginTop: 16 }}
        >
          {t('settings.save')}
        </Button>
      </Form>
      <Divider>{t('settings.history.title')}</Divider>
      <ChangeHistory subject="targets" code={target.code} />
    </Drawer>
  );
}
