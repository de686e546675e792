import { Button, Table, Tag } from 'antd';
import type { TargetView } from '@loa/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { formatDate } from '../../../lib/dates';
import { useTargets } from '../api/reference-api';
import { TargetDrawer } from './target-drawer';

const percent = (threshold: number) => `${Math.round(threshold * 10000) / 100}%`;

/** The department's targets with their periods; each opens an edit drawer with history. */
export function TargetsTable() {
  const { t } = useTranslation();
  const targets = useTargets();
  const [editing, setEditing] = useState<TargetView | null>(null);
  return (
    <>
      <ErrorAlert error={targets.error} />
      <Table<TargetView>
        rowKey="code"
        size="small"
        pagination={false}
        loading={targets.isPending}
        dataSource={targets.data ?? []}
        columns={[
          { title: t('settings.fields.code'), dataIndex: 'code' },
          { title: t('settings.fields.name'), dataIndex: 'name' },
          {
            title: t('settings.fields.population'),
            dataIndex: 'population',
            render: (value: string) => t(`settings.population.${value}`),
          },
          {
            title: t('settings.fields.programme'),
            render: (_, target) => `${target.programme.code} — ${target.programme.name}`,
          },
          {
            title: t('settings.fields.periods'),
            render: (_, target) =>
              target.periods.map((p) => (
                <Tag key={p.startsOn}>
                  {formatDate(p.startsOn)} – {formatDate(p.endsOn)}: {percent(p.threshold)}
                </Tag>
              )),
          },
          {
            title: '',
            render: (_, target) => (
              <Button size="small" onClick={() => setEditing(target)}>
                {t('settings.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing ? <TargetDrawer target={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
