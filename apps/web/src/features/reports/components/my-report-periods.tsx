import type { MyReportPeriodView, UnitRef, UnitReportStatus } from '@loa/contracts';
import { Button, Card, Empty, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate, todayInVietnam } from '../../../lib/dates';
import { ReportBadgeOfUnit } from './report-badge-of-unit';

interface MyReportPeriodsProps {
  periods: MyReportPeriodView[];
}

/** A unit manager's periods, open ones first: each unit's report status and a way in. */
export function MyReportPeriods({ periods }: MyReportPeriodsProps) {
  const { t } = useTranslation();
  const today = todayInVietnam();
  const sorted = [...periods].sort((a, b) => b.cutoffOn.localeCompare(a.cutoffOn));
  if (sorted.length === 0) return <Empty description={t('reports.mine.none')} />;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {sorted.map((period) => (
        <Card
          key={period.id}
          size="small"
          data-testid="my-report-period"
          title={period.title}
          extra={
            <Typography.Text type={period.dueOn < today ? 'secondary' : undefined}>
              {t(period.dueOn < today ? 'reports.mine.past' : 'reports.mine.open')}
            </Typography.Text>
          }
        >
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('reports.mine.dates', {
              cutoff: formatDate(period.cutoffOn),
              due: formatDate(period.dueOn),
            })}
          </Typography.Paragraph>
          <List
            size="small"
            dataSource={period.units}
            locale={{ emptyText: t('reports.mine.noUnits') }}
            renderItem={(row) => <UnitRow periodId={period.id} row={row} />}
          />
        </Card>
      ))}
    </Space>
  );
}

function UnitRow({
  periodId,
  row,
}: {
  periodId: string;
  row: { unit: UnitRef; reportId: string | null; status: UnitReportStatus | null };
}) {
  const { t } = useTranslation();
  return (
    <List.Item
      actions={[
        <Link key="open" to={`/reports/${periodId}/${encodeURIComponent(row.unit.code)}`}>
          <Button type={row.status === 'accepted' ? 'default' : 'primary'} size="small">
            {t(row.status ? 'reports.mine.openReport' : 'reports.mine.startReport')}
          </Button>
        </Link>,
      ]}
    >
      <List.Item.Meta
        title={row.unit.name}
        description={<ReportBadgeOfUnit reportId={row.reportId} status={row.status} />}
      />
    </List.Item>
  );
}
