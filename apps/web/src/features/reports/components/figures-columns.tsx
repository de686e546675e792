import type { CoverageStatus } from '@loa/contracts';
import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { ReportTargetFiguresView } from '@loa/contracts';

/** The figures every report table shows for a unit and a target. */
export type FiguresRow = Omit<ReportTargetFiguresView, 'unit'>;

const STATUS_COLORS: Record<CoverageStatus, string> = {
  met: 'green',
  on_track: 'blue',
  at_risk: 'red',
  no_population: 'default',
};

/** 0.7123 → "71,23 %" in Vietnamese, "71.23%" in English; none for an empty population. */
export function formatCoverage(coverage: number | null, language: string): string {
  if (coverage === null) return '—';
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    style: 'percent',
    maximumFractionDigits: 2,
  }).format(coverage);
}

export function CoverageStatusTag({ status, t }: { status: CoverageStatus; t: TFunction }) {
  return <Tag color={STATUS_COLORS[status]}>{t(`reports.coverageStatus.${status}`)}</Tag>;
}

/** The figure columns every report table shares: population, trained, coverage, status, gap. */
export function figuresColumns<Row extends FiguresRow>(
  t: TFunction,
  language: string,
): ColumnsType<Row> {
  return [
    { title: t('reports.figures.population'), dataIndex: 'population', align: 'right' },
    { title: t('reports.figures.trained'), dataIndex: 'trained', align: 'right' },
    {
      title: t('reports.figures.coverage'),
      key: 'coverage',
      align: 'right',
      render: (_, row) => formatCoverage(row.coverage, language),
    },
    {
      title: t('reports.figures.status'),
      key: 'status',
      render: (_, row) => <CoverageStatusTag status={row.status} t={t} />,
    },
    { title: t('reports.figures.gap'), dataIndex: 'gap', align: 'right' },
  ];
}
