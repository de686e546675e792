import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitReportProgress, UnitReportStatus } from '@loa/contracts';

/** What a person is shown about one unit's report in a period. */
export type ReportBadge =
  'not_started' | 'draft' | 'submitted' | 'late' | 'returned' | 'accepted' | 'missing';

const COLORS: Record<ReportBadge, string> = {
  not_started: 'default',
  draft: 'processing',
  submitted: 'blue',
  late: 'orange',
  returned: 'red',
  accepted: 'green',
  missing: 'volcano',
};

/** A unit report's own status, with "late" for a submission after the due date. */
export function badgeOfReport(status: UnitReportStatus | null, late: boolean): ReportBadge {
  if (!status) return 'not_started';
  if (status === 'submitted') return late ? 'late' : 'submitted';
  return status;
}

export const BADGE_OF_STANDING: Record<UnitReportProgress, ReportBadge> = {
  not_submitted: 'missing',
  submitted_on_time: 'submitted',
  submitted_late: 'late',
  returned: 'returned',
  accepted: 'accepted',
};

export const badgeColor = (badge: ReportBadge): string => COLORS[badge];

export function ReportStatusTag({ badge }: { badge: ReportBadge }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[badge]} data-testid="report-status">
      {t(`reports.badge.${badge}`)}
    </Tag>
  );
}
