import { Col, Row, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { PageTitle } from '../../../components/ui/page-title';
import { useAsOf } from '../../../lib/as-of';
import { useScopeRoots } from '../api/coverage-context';
import { useCoverageReport, useCoverageTrend } from '../api/coverage-queries';
import { useCoverageParams } from '../hooks/use-coverage-params';
import { CoverageBreadcrumb } from './coverage-breadcrumb';
import { CoverageChildrenTable } from './coverage-children-table';
import { CoverageExpiringCard } from './coverage-expiring-card';
import { CoverageHeadline } from './coverage-headline';
import { CoveragePeopleCard } from './coverage-people-card';
import { CoverageRankingCard } from './coverage-ranking-card';
import { CoverageToolbar } from './coverage-toolbar';
import { CoverageTrendChart } from './coverage-trend-chart';

/** The trend starts with the plan: 01/01/2026 (or the date asked, if earlier). */
const TREND_FROM = '2026-01-01';

/**
 * Coverage of a target by a unit on a date: the headline with the outlook, the trend, the units
 * below with bars against the threshold, the furthest below, what expires soon, and the people.
 * Target, unit and date live in the URL, so a view can be shared; the API scopes everything.
 */
export function CoverageDashboard() {
  const { t } = useTranslation();
  const [asOf] = useAsOf();
  const { target, unit, setTarget, setUnit } = useCoverageParams();
  const roots = useScopeRoots(asOf);
  const rootCodes = (roots.data ?? []).map((root) => root.code);
  const unitCode = unit ?? rootCodes[0] ?? null;
  const subject = unitCode ? { target, unit: unitCode, asOf } : null;
  const report = useCoverageReport(subject ?? { target, unit: '', asOf }, !!subject);
  const trend = useCoverageTrend(
    subject ?? { target, unit: '', asOf },
    asOf < TREND_FROM ? asOf : TREND_FROM,
    !!subject && report.isSuccess,
  );
  const open = (code: string) => {
    setUnit(code);
    window.scrollTo({ top: 0, behavior: 'smooth' });
  };

  return (
    <>
      <PageTitle title={t('coverage.title')} subtitle={t('coverage.subtitle')} />
      <CoverageToolbar subject={subject} target={target} onTarget={setTarget} />
      {unitCode ? (
        <CoverageBreadcrumb unitCode={unitCode} asOf={asOf} rootCodes={rootCodes} onOpen={open} />
      ) : null}
      {roots.isError ? <ErrorAlert error={roots.error} /> : null}
      {report.isError ? <ErrorAlert error={report.error} /> : null}
      {!subject || report.isPending ? (
        roots.isSuccess && !unitCode ? null : (
          <Skeleton active paragraph={{ rows: 10 }} />
        )
      ) : report.data ? (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <CoverageHeadline report={report.data} />
          <CoverageTrendChart report={report.data} points={trend.data} loading={trend.isPending} />
          <CoverageChildrenTable report={report.data} onOpen={open} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <CoverageRankingCard
                key={report.data.unit.code}
                subject={subject}
                unitKind={report.data.unit.kind}
                onOpen={open}
              />
            </Col>
            <Col xs={24} xl={10}>
              <CoverageExpiringCard subject={subject} />
            </Col>
          </Row>
          <CoveragePeopleCard subject={subject} />
        </Space>
      ) : null}
    </>
  );
}
