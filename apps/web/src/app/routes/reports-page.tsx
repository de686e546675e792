import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ui/error-alert';
import { PageTitle } from '../../components/ui/page-title';
import { useReportPeriods } from '../../features/reports/api/report-periods';
import { DepartmentReports } from '../../features/reports/components/department-reports';
import { MyReportPeriods } from '../../features/reports/components/my-report-periods';
import { isAdmin } from '../../lib/roles';
import { useCurrentUser } from '../../lib/session-hooks';

/** /reports — the department manages periods and follows submissions; managers write theirs. */
export function ReportsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const periods = useReportPeriods();
  const admin = isAdmin(user);
  return (
    <>
      <PageTitle
        title={t('reports.pageTitle')}
        subtitle={t(admin ? 'reports.pageSubtitleAdmin' : 'reports.pageSubtitle')}
      />
      {periods.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : periods.isError ? (
        <ErrorAlert error={periods.error} />
      ) : admin ? (
        <DepartmentReports periods={periods.data} />
      ) : (
        <MyReportPeriods periods={periods.data} />
      )}
    </>
  );
}
