import { Card, Table, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import type { ReportFigures, ReportTargetFigures } from '@loa/contracts';
import { figuresColumns, formatCoverage } from './figures-columns';

/** The figures Loa filled in as of the cut-off: read-only, per target and per child unit. */
export function ReportFiguresView({ figures }: { figures: ReportFigures }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const targetRows = figures.targets.map((row) => ({ ...row, key: row.code }));
  return (
    <Card
      title={t('reports.figures.heading', {
        from: formatDate(figures.periodStart),
        date: formatDate(figures.asOf),
      })}
      data-testid="report-figures"
    >
      <Table<ReportTargetFigures & { key: string }>
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={targetRows}
        columns={[
          {
            title: t('reports.figures.target'),
            key: 'target',
            render: (_, row) => (
              <>
                <Typography.Text strong>{row.code}</Typography.Text>{' '}
                <Typography.Text type="secondary">{row.name}</Typography.Text>
              </>
            ),
          },
          {
            title: t('reports.figures.threshold'),
            key: 'threshold',
            align: 'right',
            render: (_, row) => formatCoverage(row.threshold, language),
          },
          ...figuresColumns<ReportTargetFigures & { key: string }>(t, language),
          {
            title: t('reports.figures.trainedDuringPeriod'),
            dataIndex: 'trainedDuringPeriod',
            align: 'right',
          },
        ]}
      />
      {figures.targets.some((row) => row.children.length > 0) ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('reports.figures.byUnit')}
          </Typography.Title>
          <Tabs
            items={figures.targets.map((row) => ({
              key: row.code,
              label: row.code,
              children: <ChildrenTable row={row} />,
            }))}
          />
        </>
      ) : null}
    </Card>
  );
}

function ChildrenTable({ row }: { row: ReportTargetFigures }) {
  const { t, i18n } = useTranslation();
  type ChildRow = ReportTargetFigures['children'][number] & { key: string };
  return (
    <Table<ChildRow>
      size="small"
      scroll={{ x: 'max-content' }}
      pagination={row.children.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      dataSource={row.children.map((child) => ({ ...child, key: child.unit.code }))}
      columns={[
        { title: t('reports.figures.unit'), key: 'unit', render: (_, child) => child.unit.name },
        ...figuresColumns<ChildRow>(t, i18n.language),
      ]}
    />
  );
}
