import { Flex, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportPeriodStatus, UnitReportProgress } from '@loa/contracts';
import { BADGE_OF_STANDING } from './report-status-tag';

export const STANDINGS: UnitReportProgress[] = [
  'submitted_on_time',
  'submitted_late',
  'not_submitted',
  'returned',
  'accepted',
];

const BAR_COLORS: Record<UnitReportProgress, string> = {
  submitted_on_time: '#1677ff',
  submitted_late: '#fa8c16',
  not_submitted: '#d9d9d9',
  returned: '#f5222d',
  accepted: '#52c41a',
};

/** The period's counts as coloured tags and one stacked bar of the required units. */
export function StandingCounts({ counts }: { counts: ReportPeriodStatus['counts'] }) {
  const { t } = useTranslation();
  const total = counts.required;
  return (
    <Flex vertical gap={8} data-testid="standing-counts">
      <Flex wrap gap={8}>
        {STANDINGS.map((standing) => (
          <Tag
            key={standing}
            color={BAR_COLORS[standing]}
            style={{ color: standing === 'not_submitted' ? '#000' : undefined }}
          >
            {t(`reports.standing.${standing}`)}: <strong>{counts[standing] ?? 0}</strong>
          </Tag>
        ))}
        <Tag>{t('reports.monitor.required', { count: total })}</Tag>
      </Flex>
      {total > 0 ? (
        <div
          role="img"
          aria-label={STANDINGS.map((s) => `${t(`reports.standing.${s}`)}: ${counts[s] ?? 0}`).join(
            ', ',
          )}
          style={{ display: 'flex', height: 14, borderRadius: 7, overflow: 'hidden' }}
        >
          {STANDINGS.filter((standing) => (counts[standing] ?? 0) > 0).map((standing) => (
            <Tooltip
              key={standing}
              title={`${t(`reports.standing.${standing}`)}: ${counts[standing]}`}
            >
              <div
                data-badge={BADGE_OF_STANDING[standing]}
                style={{
                  width: `${(100 * counts[standing]) / total}%`,
                  background: BAR_COLORS[standing],
                }}
              />
            </Tooltip>
          ))}
        </div>
      ) : null}
    </Flex>
  );
}
