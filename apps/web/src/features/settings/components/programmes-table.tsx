import { Button, Space, Table } from 'antd';
import type { ProgrammeView } from '@loa/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useProgrammes } from '../api/reference-api';
import { CertificateTemplateDrawer } from './certificate-template-drawer';
import { ProgrammeDrawer } from './programme-drawer';

type Editing = { programme: ProgrammeView; what: 'programme' | 'template' } | null;

/** Programmes with hours, validity and renewal window; edit drawer and certificate template. */
export function ProgrammesTable() {
  const { t } = useTranslation();
  const programmes = useProgrammes();
  const [editing, setEditing] = useState<Editing>(null);
  const months = (value: number | null, none: string) =>
    value === null ? none : t('settings.programmes.months', { count: value });
  return (
    <>
      <ErrorAlert error={programmes.error} />
      <Table<ProgrammeView>
        rowKey="code"
        size="small"
        pagination={false}
        loading={programmes.isPending}
        dataSource={programmes.data ?? []}
        columns={[
          { title: t('settings.fields.code'), dataIndex: 'code' },
          { title: t('settings.fields.name'), dataIndex: 'name' },
          {
            title: t('settings.fields.hours'),
            dataIndex: 'hours',
            render: (hours: number | null) => hours ?? '—',
          },
          {
            title: t('settings.fields.validityMonths'),
            dataIndex: 'validityMonths',
            render: (value: number | null) => months(value, t('settings.programmes.noExpiry')),
          },
          {
            title: t('settings.fields.renewalWindowMonths'),
            dataIndex: 'renewalWindowMonths',
            render: (value: number | null) => months(value, '—'),
          },
          {
            title: '',
            render: (_, programme) => (
              <Space>
                <Button size="small" onClick={() => setEditing({ programme, what: 'programme' })}>
                  {t('settings.edit')}
                </Button>
                <Button size="small" onClick={() => setEditing({ programme, what: 'template' })}>
                  {t('settings.template.open')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {editing?.what === 'programme' ? (
        <ProgrammeDrawer programme={editing.programme} onClose={() => setEditing(null)} />
      ) : null}
      {editing?.what === 'template' ? (
        <CertificateTemplateDrawer programme={editing.programme} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}
