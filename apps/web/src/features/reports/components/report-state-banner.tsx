import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../lib/dates';
import type { UnitReportView } from '@loa/contracts';
import { lastReturn } from './returned-comment';

/** Where the report stands: being written, returned with a comment, or frozen with its hash. */
export function ReportStateBanner({ report }: { report: UnitReportView }) {
  const { t } = useTranslation();
  const returned = lastReturn(report);
  if (returned) {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="report-returned"
        message={t('reports.state.returned', { time: formatDateTime(returned.reviewedAt) })}
        description={
          <>
            <div style={{ whiteSpace: 'pre-wrap' }} data-testid="review-comment">
              {returned.reviewComment}
            </div>
            <div>{t('reports.state.returnedHelp', { version: report.version })}</div>
          </>
        }
      />
    );
  }
  if (report.status === 'draft' || report.status === 'returned') {
    return (
      <Alert
        type="info"
        showIcon
        message={t('reports.state.draft', { due: formatDate(report.period.dueOn) })}
      />
    );
  }
  const accepted = report.status === 'accepted';
  return (
    <Alert
      type={accepted ? 'success' : 'info'}
      showIcon
      data-testid="report-frozen"
      message={
        accepted
          ? t('reports.state.accepted', { time: formatDateTime(report.reviewedAt) })
          : t(report.late ? 'reports.state.submittedLate' : 'reports.state.submitted', {
              time: formatDateTime(report.submittedAt),
            })
      }
      description={
        <>
          <div>{t('reports.state.frozen')}</div>
          <div>
            {t('reports.state.hash')}{' '}
            <Typography.Text
              code
              copyable
              data-testid="content-hash"
              style={{ wordBreak: 'break-all' }}
            >
              {report.contentHash}
            </Typography.Text>
          </div>
          {accepted ? (
            <div>
              {t('reports.state.submittedAt', { time: formatDateTime(report.submittedAt) })}
            </div>
          ) : null}
        </>
      }
    />
  );
}
