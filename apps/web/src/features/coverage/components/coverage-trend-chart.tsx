import type { CoverageReport, CoverageTrendPoint } from '@loa/contracts';
import { Card, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatDate } from '../../../lib/dates';
import { formatPercent } from './coverage-format';

interface ChartPoint {
  day: number;
  actual?: number | null;
  projected?: number | null;
}

const dayOf = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
const isoOf = (day: number) => new Date(day).toISOString().slice(0, 10);
const monthLabel = (day: number) => isoOf(day).slice(0, 7).split('-').reverse().join('/');
const percent = (ratio: number | null) => (ratio === null ? null : Math.round(ratio * 1000) / 10);

/** Month-end points since the period began, the projection to its end (dashed), the threshold. */
export function chartPoints(points: CoverageTrendPoint[], report: CoverageReport): ChartPoint[] {
  const data: ChartPoint[] = points.map((p) => ({
    day: dayOf(p.asOf),
    actual: percent(p.coverage),
  }));
  const last = points[points.length - 1];
  if (last && report.outlook.projectedCoverage !== null && report.target.periodEnd > last.asOf) {
    data[data.length - 1] = { ...data[data.length - 1], projected: percent(last.coverage) };
    data.push({
      day: dayOf(report.target.periodEnd),
      projected: percent(report.outlook.projectedCoverage),
    });
  }
  return data;
}

interface TrendProps {
  report: CoverageReport;
  points: CoverageTrendPoint[] | undefined;
  loading: boolean;
}

export function CoverageTrendChart({ report, points, loading }: TrendProps) {
  const { t, i18n } = useTranslation();
  const title = t('coverage.trend.title');
  if (loading) {
    return (
      <Card title={title}>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  }
  const data = points ? chartPoints(points, report) : [];
  if (data.every((p) => p.actual === null || p.actual === undefined)) {
    return (
      <Card title={title}>
        <Empty description={t('coverage.noPopulation')} />
      </Card>
    );
  }
  const threshold = report.target.threshold * 100;
  return (
    <Card title={title} styles={{ body: { padding: '12px 8px 4px 0' } }}>
      <div style={{ width: '100%', height: 300 }} data-testid="trend-chart">
        <ResponsiveContainer>
          <LineChart data={data} margin={{ top: 8, right: 24, left: 0, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="day"
              type="number"
              scale="time"
              domain={['dataMin', 'dataMax']}
              tickFormatter={monthLabel}
              tick={{ fontSize: 12 }}
            />
            <YAxis
              domain={[0, 100]}
              tickFormatter={(v: number) => `${v}%`}
              width={48}
              tick={{ fontSize: 12 }}
            />
            <Tooltip
              labelFormatter={(day) => formatDate(isoOf(Number(day)))}
              formatter={(value, name) => [
                formatPercent(Number(value) / 100, i18n.language),
                name === 'actual' ? t('coverage.trend.actual') : t('coverage.trend.projected'),
              ]}
            />
            <Legend
              formatter={(name) =>
                name === 'actual' ? t('coverage.trend.actual') : t('coverage.trend.projected')
              }
            />
            <ReferenceLine
              y={threshold}
              stroke="#cf1322"
              strokeDasharray="6 3"
              label={{
                value: t('coverage.trend.threshold', {
                  value: formatPercent(report.target.threshold, i18n.language),
                }),
                position: 'insideTopRight',
                fontSize: 12,
                fill: '#cf1322',
              }}
            />
            <Line
              dataKey="actual"
              stroke="#1677ff"
              strokeWidth={2}
              dot={{ r: 2 }}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              dataKey="projected"
              stroke="#1677ff"
              strokeDasharray="6 4"
              strokeWidth={2}
              dot={{ r: 3 }}
              connectNulls
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </Card>
  );
}
