import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ui/error-alert';
import { PageTitle } from '../../components/ui/page-title';
import { useReportToShow } from '../../features/reports/api/unit-reports';
import { UnitReport } from '../../features/reports/components/unit-report-view';
import { isApiError } from '../../lib/api-error';
import { NotFoundPage } from './not-found-page';

/** /reports/:periodId/:unitCode — one unit's periodic report. */
export function ReportPage() {
  const { t } = useTranslation();
  const { periodId = '', unitCode = '' } = useParams();
  const [params] = useSearchParams();
  const report = useReportToShow(periodId, unitCode, params.get('report'));

  if (report.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (report.isError) {
    if (isApiError(report.error) && report.error.status === 404)
      return <NotFoundPage title={t('reports.notFound')} />;
    return <ErrorAlert error={report.error} />;
  }
  const data = report.data;
  return (
    <>
      <PageTitle
        title={t('reports.report.title', { unit: data.unit.name })}
        subtitle={
          <>
            <Link to="/reports">{t('reports.report.back')}</Link>
            {' · '}
            {data.period.title}
          </>
        }
      />
      <UnitReport key={`${data.id}-${data.status}`} report={data} />
    </>
  );
}
