import { EditOutlined } from '@ant-design/icons';
import { Button, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayInVietnam } from '../../../lib/dates';
import type { ReportPeriodView } from '@loa/contracts';
import { PeriodFormModal } from './period-form-modal';

interface PeriodsTableProps {
  periods: ReportPeriodView[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The department's report periods, newest first; choosing one opens its monitoring view. */
export function PeriodsTable({ periods, selectedId, onSelect }: PeriodsTableProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<ReportPeriodView | undefined>();
  const today = todayInVietnam();
  const sorted = [...periods].sort((a, b) => b.cutoffOn.localeCompare(a.cutoffOn));
  return (
    <>
      <Table<ReportPeriodView>
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={sorted}
        rowClassName={(period) => (period.id === selectedId ? 'ant-table-row-selected' : '')}
        onRow={(period) => ({ onClick: () => onSelect(period.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('reports.periods.titleLabel'), dataIndex: 'title' },
          { title: t('reports.periods.code'), dataIndex: 'code' },
          {
            title: t('reports.periods.cutoffOn'),
            key: 'cutoff',
            render: (_, period) => formatDate(period.cutoffOn),
          },
          {
            title: t('reports.periods.dueOn'),
            key: 'due',
            render: (_, period) => (
              <>
                {formatDate(period.dueOn)}{' '}
                {period.dueOn < today ? (
                  <Tag>{t('reports.periods.closed')}</Tag>
                ) : (
                  <Tag color="blue">{t('reports.periods.open')}</Tag>
                )}
              </>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, period) => (
              <Button
                size="small"
                icon={<EditOutlined />}
                aria-label={t('reports.periods.edit')}
                onClick={(event) => {
                  event.stopPropagation();
                  setEditing(period);
                }}
              />
            ),
          },
        ]}
      />
      <PeriodFormModal open={!!editing} period={editing} onClose={() => setEditing(undefined)} />
    </>
  );
}
