import { Card, Descriptions, Flex, Grid, Table, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import type { ReportFigures, ReportTargetFigures } from '@loa/contracts';
import { CoverageStatusTag, figuresColumns, formatCoverage } from './figures-columns';

/** The figures Loa filled in as of the cut-off: read-only, per target and per child unit. */
export function ReportFiguresView({ figures }: { figures: ReportFigures }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const screens = Grid.useBreakpoint();
  const targetRows = figures.targets.map((row) => ({ ...row, key: row.code }));
  return (
    <Card title={t('reports.figures.heading')} data-testid="report-figures">
      <Typography.Paragraph type="secondary">
        {t('reports.figures.range', {
          from: formatDate(figures.periodStart),
          date: formatDate(figures.asOf),
        })}
      </Typography.Paragraph>
      {screens.md === false ? (
        <TargetCards targets={figures.targets} />
      ) : (
        <Table<ReportTargetFigures & { key: string }>
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={targetRows}
          expandable={{ childrenColumnName: 'noNestedRows' }}
          columns={[
            {
              title: t('reports.figures.target'),
              key: 'target',
              render: (_, row) => (
                <div style={{ maxWidth: 320, whiteSpace: 'normal' }}>
                  <Typography.Text strong>{row.code}</Typography.Text>
                  <div>
                    <Typography.Text type="secondary">{row.name}</Typography.Text>
                  </div>
                </div>
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
      )}
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

/** On a phone: one block per target instead of a wide table. */
function TargetCards({ targets }: { targets: ReportTargetFigures[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Flex vertical gap={12}>
      {targets.map((row) => (
        <Card key={row.code} size="small" type="inner" title={row.code}>
          <Typography.Paragraph type="secondary">{row.name}</Typography.Paragraph>
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'threshold',
                label: t('reports.figures.threshold'),
                children: formatCoverage(row.threshold, i18n.language),
              },
              {
                key: 'population',
                label: t('reports.figures.population'),
                children: row.population,
              },
              { key: 'trained', label: t('reports.figures.trained'), children: row.trained },
              {
                key: 'coverage',
                label: t('reports.figures.coverage'),
                children: formatCoverage(row.coverage, i18n.language),
              },
              {
                key: 'status',
                label: t('reports.figures.status'),
                children: <CoverageStatusTag status={row.status} t={t} />,
              },
              { key: 'gap', label: t('reports.figures.gap'), children: row.gap },
              {
                key: 'period',
                label: t('reports.figures.trainedDuringPeriod'),
                children: row.trainedDuringPeriod,
              },
            ]}
          />
        </Card>
      ))}
    </Flex>
  );
}
