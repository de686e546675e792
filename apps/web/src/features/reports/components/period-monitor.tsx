import { Button, Card, Segmented, Skeleton, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { UnitKindTag } from '../../../components/ui/unit-kind-label';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { usePeriodStatus } from '../api/report-periods';
import type { ReportStatusRow, UnitReportProgress } from '@loa/contracts';
import { BADGE_OF_STANDING, ReportStatusTag } from './report-status-tag';
import { ReviewActions } from './review-actions';
import { StandingCounts, STANDINGS } from './standing-counts';

type Filter = 'all' | 'late' | UnitReportProgress;

/** The version the department has seen, read as it is; without one, the unit's working report. */
const reportLink = (periodId: string, row: ReportStatusRow) =>
  `/reports/${periodId}/${encodeURIComponent(row.unit.code)}` +
  (row.reportId ? `?report=${encodeURIComponent(row.reportId)}` : '');

const isAwaitingReview = (row: ReportStatusRow) =>
  row.progress === 'submitted_on_time' || row.progress === 'submitted_late';

/** Who has submitted, who is late, who has not; open, return or accept each report. */
export function PeriodMonitor({ periodId }: { periodId: string }) {
  const { t } = useTranslation();
  const status = usePeriodStatus(periodId);
  const [filter, setFilter] = useState<Filter>('all');

  if (status.isPending) return <Skeleton active />;
  if (status.isError) return <ErrorAlert error={status.error} />;
  const { period, counts, units } = status.data;
  const shown =
    filter === 'all'
      ? units
      : filter === 'late'
        ? units.filter((row) => row.late)
        : units.filter((row) => row.progress === filter);

  return (
    <Card
      title={t('reports.monitor.heading', { period: period.title })}
      extra={t('reports.monitor.dates', {
        cutoff: formatDate(period.cutoffOn),
        due: formatDate(period.dueOn),
      })}
      data-testid="period-monitor"
    >
      <StandingCounts counts={counts} />
      <Segmented<Filter>
        style={{ margin: '16px 0', maxWidth: '100%', overflowX: 'auto' }}
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'all', label: t('reports.monitor.all', { count: units.length }) },
          ...STANDINGS.map((standing) => ({
            value: standing,
            label: `${t(`reports.standing.${standing}`)} (${counts[standing] ?? 0})`,
          })),
          { value: 'late', label: t('reports.monitor.anyLate', { count: counts.late }) },
        ]}
      />
      <Table<ReportStatusRow>
        size="small"
        rowKey={(row) => row.unit.code}
        scroll={{ x: 'max-content' }}
        pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        dataSource={shown}
        columns={[
          {
            title: t('reports.monitor.unit'),
            key: 'unit',
            sorter: (a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'),
            render: (_, row) => <Link to={reportLink(period.id, row)}>{row.unit.name}</Link>,
          },
          {
            title: t('reports.monitor.kind'),
            key: 'kind',
            render: (_, row) => <UnitKindTag kind={row.unit.kind} />,
          },
          {
            title: t('reports.monitor.status'),
            key: 'standing',
            render: (_, row) => (
              <Space size={4} wrap>
                <ReportStatusTag badge={BADGE_OF_STANDING[row.progress]} />
                {row.late && row.progress !== 'submitted_late' ? (
                  <ReportStatusTag badge="late" />
                ) : null}
              </Space>
            ),
          },
          {
            title: t('reports.monitor.submittedAt'),
            key: 'submittedAt',
            render: (_, row) => formatDateTime(row.lastSubmittedAt),
          },
          {
            title: t('reports.monitor.version'),
            dataIndex: 'version',
            align: 'right',
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, row) => (
              <Space wrap>
                <Link to={reportLink(period.id, row)}>
                  <Button size="small">{t('reports.monitor.open')}</Button>
                </Link>
                {isAwaitingReview(row) && row.reportId ? (
                  <ReviewActions reportId={row.reportId} unitName={row.unit.name} size="small" />
                ) : null}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
