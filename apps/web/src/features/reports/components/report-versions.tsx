import { Card, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../lib/dates';
import type { UnitReportVersionView } from '@loa/contracts';
import { badgeOfReport, badgeColor, ReportStatusTag } from './report-status-tag';

/** Every version of the unit's report for the period; returned ones keep their comment. */
export function ReportVersions({
  versions,
  dueOn,
}: {
  versions: UnitReportVersionView[];
  dueOn: string;
}) {
  const { t } = useTranslation();
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  return (
    <Card title={t('reports.versions.heading')} size="small" data-testid="report-versions">
      <Timeline
        items={sorted.map((version) => {
          const late = !!version.submittedAt && version.submittedAt.slice(0, 10) > dueOn;
          const badge = badgeOfReport(version.status, late);
          return {
            key: version.id,
            color: badgeColor(badge) === 'default' ? 'gray' : badgeColor(badge),
            children: (
              <>
                <Link to={`?report=${encodeURIComponent(version.id)}`}>
                  <Typography.Text strong>
                    {t('reports.versions.version', { version: version.version })}
                  </Typography.Text>
                </Link>{' '}
                <ReportStatusTag badge={badge} />
                {version.submittedAt ? (
                  <div>
                    <Typography.Text type="secondary">
                      {t('reports.versions.submittedAt', {
                        time: formatDateTime(version.submittedAt),
                      })}
                    </Typography.Text>
                  </div>
                ) : null}
                {version.reviewComment ? (
                  <div>
                    <Typography.Text italic>{version.reviewComment}</Typography.Text>
                  </div>
                ) : null}
              </>
            ),
          };
        })}
      />
    </Card>
  );
}
