import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Card, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { apiBlob } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';
import { formatDate } from '../../../lib/dates';
import { saveBlob } from '../../../lib/download';
import { usePeriodAggregate } from '../api/report-periods';
import type { AggregateTargetRow } from '@loa/contracts';
import { CoverageStatusTag, formatCoverage } from './figures-columns';

/** The city aggregate of the accepted reports beside the live figures as of the cut-off. */
export function PeriodAggregate({ periodId }: { periodId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { message } = App.useApp();
  const aggregate = usePeriodAggregate(periodId);
  const [downloading, setDownloading] = useState(false);

  if (aggregate.isPending) return <Skeleton active />;
  if (aggregate.isError) return <ErrorAlert error={aggregate.error} />;
  const data = aggregate.data;

  const download = async () => {
    setDownloading(true);
    try {
      const { blob, fileName } = await apiBlob(
        `/report-periods/${encodeURIComponent(periodId)}/aggregate.xlsx`,
      );
      saveBlob(blob, fileName ?? `tong-hop-bao-cao-${data.period.code}.xlsx`);
    } catch (error) {
      void message.error(isApiError(error) ? error.message : t('errors.generic'));
    } finally {
      setDownloading(false);
    }
  };

  const number = (title: string, key: string, value: (row: AggregateTargetRow) => number) => ({
    title,
    key,
    align: 'right' as const,
    render: (_: unknown, row: AggregateTargetRow) => value(row),
  });
  const coverage = (key: 'accepted' | 'live') => ({
    title: t('reports.figures.coverage'),
    key: `${key}-coverage`,
    align: 'right' as const,
    render: (_: unknown, row: AggregateTargetRow) => formatCoverage(row[key].coverage, language),
  });

  return (
    <Card
      title={t('reports.aggregate.heading')}
      extra={
        <Button icon={<FileExcelOutlined />} loading={downloading} onClick={() => void download()}>
          {t('reports.aggregate.download')}
        </Button>
      }
      data-testid="period-aggregate"
    >
      <Typography.Paragraph type="secondary">
        {t('reports.aggregate.help', {
          accepted: data.acceptedReports,
          required: data.requiredUnits,
          date: formatDate(data.asOf),
        })}
      </Typography.Paragraph>
      <Table<AggregateTargetRow>
        size="small"
        bordered
        rowKey={(row) => row.code}
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={data.targets}
        columns={[
          {
            title: t('reports.figures.target'),
            key: 'target',
            render: (_, row) => (
              <>
                <Typography.Text strong>{row.code}</Typography.Text>
                <div>
                  <Typography.Text type="secondary">{row.name}</Typography.Text>
                </div>
              </>
            ),
          },
          {
            title: t('reports.figures.threshold'),
            key: 'threshold',
            align: 'right',
            render: (_, row) => formatCoverage(row.threshold, language),
          },
          {
            title: t('reports.aggregate.accepted'),
            children: [
              number(t('reports.figures.population'), 'a-pop', (row) => row.accepted.population),
              number(t('reports.figures.trained'), 'a-trained', (row) => row.accepted.trained),
              coverage('accepted'),
              number(
                t('reports.figures.trainedDuringPeriod'),
                'a-period',
                (row) => row.accepted.trainedDuringPeriod,
              ),
            ],
          },
          {
            title: t('reports.aggregate.live'),
            children: [
              number(t('reports.figures.population'), 'l-pop', (row) => row.live.population),
              number(t('reports.figures.trained'), 'l-trained', (row) => row.live.trained),
              coverage('live'),
              {
                title: t('reports.figures.status'),
                key: 'l-status',
                render: (_: unknown, row: AggregateTargetRow) =>
                  row.live.status ? <CoverageStatusTag status={row.live.status} t={t} /> : null,
              },
            ],
          },
        ]}
      />
    </Card>
  );
}
