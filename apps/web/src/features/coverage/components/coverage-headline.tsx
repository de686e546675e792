import type { CoverageReport } from '@loa/contracts';
import { Alert, Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { CoverageBar } from './coverage-bar';
import { formatCount, formatPercent } from './coverage-format';
import { CoverageStatusTag } from './coverage-status-tag';

/** The unit's coverage against the threshold in force, and the outlook in plain words. */
export function CoverageHeadline({ report }: { report: CoverageReport }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { target, outlook } = report;
  if (report.status === 'no_population') {
    return (
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {report.unit.name}
        </Typography.Title>
        <Alert type="info" showIcon message={t('coverage.noPopulation')} />
      </Card>
    );
  }
  const values = {
    threshold: formatPercent(target.threshold, lang),
    periodEnd: formatDate(target.periodEnd),
    projected: formatPercent(outlook.projectedCoverage, lang),
    perMonth: formatCount(outlook.requiredPerMonth, lang),
    additional: formatCount(outlook.additionalNeeded, lang),
    expiring: formatCount(outlook.expiringBeforePeriodEnd, lang),
  };
  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {report.unit.name}
        </Typography.Title>
        <CoverageStatusTag status={report.status} />
      </Flex>
      <Row gutter={[24, 16]} style={{ marginTop: 12 }}>
        <Col xs={24} md={10}>
          <Statistic
            title={t('coverage.headline.coverage', { date: formatDate(report.asOf) })}
            value={formatPercent(report.coverage, lang)}
            valueStyle={{ fontSize: 44, fontWeight: 600 }}
          />
          <CoverageBar
            size="large"
            coverage={report.coverage}
            threshold={target.threshold}
            status={report.status}
          />
          <Typography.Text type="secondary">
            {t('coverage.headline.threshold', {
              threshold: values.threshold,
              start: formatDate(target.periodStart),
              end: values.periodEnd,
            })}
          </Typography.Text>
        </Col>
        <Col xs={24} md={14}>
          <Row gutter={[16, 16]}>
            <Col xs={8}>
              <Statistic
                title={t('coverage.headline.population')}
                value={formatCount(report.population, lang)}
              />
            </Col>
            <Col xs={8}>
              <Statistic
                title={t('coverage.headline.trained')}
                value={formatCount(report.trained, lang)}
              />
            </Col>
            <Col xs={8}>
              <Statistic title={t('coverage.headline.gap')} value={formatCount(report.gap, lang)} />
            </Col>
          </Row>
          <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }} data-testid="outlook">
            {report.status === 'met'
              ? t('coverage.outlook.met', values)
              : t(`coverage.outlook.${report.status}`, values)}{' '}
            {outlook.additionalNeeded > 0 ? t('coverage.outlook.perMonth', values) : null}{' '}
            {outlook.expiringBeforePeriodEnd > 0 ? t('coverage.outlook.expiring', values) : null}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('coverage.outlook.method')}
          </Typography.Text>
        </Col>
      </Row>
    </Card>
  );
}
