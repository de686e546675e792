import type { UnitReportStatus } from '@loa/contracts';
import { useQuery } from '@tanstack/react-query';
import { Space, Typography } from 'antd';
import { unitReportQueryOptions } from '../api/unit-reports';
import { lastReturn } from './returned-comment';
import { badgeOfReport, ReportStatusTag } from './report-status-tag';

interface ReportBadgeOfUnitProps {
  reportId: string | null;
  status: UnitReportStatus | null;
}

/**
 * A unit's report status in the manager's list. Whether a submission was late and the
 * department's comment on a returned report are read from the report itself.
 */
export function ReportBadgeOfUnit({ reportId, status }: ReportBadgeOfUnitProps) {
  const report = useQuery({ ...unitReportQueryOptions(reportId ?? ''), enabled: !!reportId });
  const returned = report.data ? lastReturn(report.data) : null;
  const badge = returned ? 'returned' : badgeOfReport(status, !!report.data?.late);
  return (
    <Space direction="vertical" size={2}>
      <ReportStatusTag badge={badge} />
      {returned?.reviewComment ? (
        <Typography.Text italic data-testid="review-comment">
          {returned.reviewComment}
        </Typography.Text>
      ) : null}
    </Space>
  );
}
