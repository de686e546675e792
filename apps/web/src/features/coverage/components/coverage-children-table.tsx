import type { CoverageChildView, CoverageReport } from '@loa/contracts';
import { Button, Card, Empty, Grid, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { CoverageBar } from './coverage-bar';
import { formatCount, formatPercent } from './coverage-format';
import { CoverageStatusTag } from './coverage-status-tag';

interface ChildrenProps {
  report: CoverageReport;
  onOpen: (code: string) => void;
}

const byNumber =
  (pick: (c: CoverageChildView) => number | null) => (a: CoverageChildView, b: CoverageChildView) =>
    (pick(a) ?? -1) - (pick(b) ?? -1);

/** The units directly below, each with a bar against the threshold line; a click drills down. */
export function CoverageChildrenTable({ report, onOpen }: ChildrenProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const narrow = !(Grid.useBreakpoint().sm ?? true);
  const columns: ColumnsType<CoverageChildView> = [
    {
      title: t('coverage.children.unit'),
      key: 'unit',
      width: narrow ? 150 : undefined,
      sorter: (a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'),
      render: (_, child) => (
        <Button
          type="link"
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
          onClick={() => onOpen(child.unit.code)}
        >
          {child.unit.name}
        </Button>
      ),
    },
    {
      title: t('coverage.children.coverage'),
      key: 'coverage',
      width: narrow ? 120 : 180,
      sorter: byNumber((c) => c.coverage),
      render: (_, child) =>
        child.status === 'no_population' ? (
          <Typography.Text type="secondary">{t('coverage.status.no_population')}</Typography.Text>
        ) : (
          <div>
            <Typography.Text strong>{formatPercent(child.coverage, lang)}</Typography.Text>
            <CoverageBar
              coverage={child.coverage}
              threshold={report.target.threshold}
              status={child.status}
            />
          </div>
        ),
    },
    {
      title: t('coverage.children.population'),
      dataIndex: 'population',
      align: 'right',
      responsive: ['sm'],
      sorter: byNumber((c) => c.population),
      render: (value: number) => formatCount(value, lang),
    },
    {
      title: t('coverage.children.trained'),
      dataIndex: 'trained',
      align: 'right',
      responsive: ['sm'],
      sorter: byNumber((c) => c.trained),
      render: (value: number) => formatCount(value, lang),
    },
    {
      title: t('coverage.children.gap'),
      dataIndex: 'gap',
      align: 'right',
      sorter: byNumber((c) => c.gap),
      render: (value: number) => formatCount(value, lang),
    },
    {
      title: t('coverage.children.status'),
      key: 'status',
      responsive: ['md'],
      render: (_, child) => <CoverageStatusTag status={child.status} />,
    },
  ];
  return (
    <Card title={t('coverage.children.title', { count: report.children.length })}>
      {report.children.length === 0 ? (
        <Empty description={t('coverage.children.none')} />
      ) : (
        <Table<CoverageChildView>
          size="small"
          rowKey={(child) => child.unit.code}
          columns={columns}
          dataSource={report.children}
          pagination={
            report.children.length > 20 ? { pageSize: 20, showSizeChanger: false } : false
          }
          scroll={{ x: 'max-content' }}
        />
      )}
    </Card>
  );
}
