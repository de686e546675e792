import type { ExpiringCertificateView } from '@loa/contracts';
import { Card, Empty, Skeleton, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { formatDate } from '../../../lib/dates';
import { useCoverageExpiring, type CoverageSubject } from '../api/coverage-queries';
import { formatCount, formatPercent } from './coverage-format';

const DAYS = 90;

/** Certifications lapsing in the next 90 days, and what that does to coverage if none is renewed. */
export function CoverageExpiringCard({ subject }: { subject: CoverageSubject }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const expiring = useCoverageExpiring(subject, DAYS);
  const title = t('coverage.expiring.title', { days: DAYS });
  if (expiring.isPending) {
    return (
      <Card title={title}>
        <Skeleton active />
      </Card>
    );
  }
  if (expiring.isError) {
    return (
      <Card title={title}>
        <ErrorAlert error={expiring.error} />
      </Card>
    );
  }
  const data = expiring.data;
  return (
    <Card title={title}>
      <Statistic title={t('coverage.expiring.count')} value={formatCount(data.count, lang)} />
      {data.count === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('coverage.expiring.none')} />
      ) : (
        <>
          <Typography.Paragraph style={{ marginTop: 8 }}>
            {t('coverage.expiring.effect', {
              now: formatPercent(data.effect.coverageNow, lang),
              after: formatPercent(data.effect.coverageAfter, lang),
              until: formatDate(data.until),
            })}
          </Typography.Paragraph>
          <div style={{ marginBottom: 8 }}>
            {data.byMonth.map((m) => (
              <Tag key={m.month}>
                {m.month.split('-').reverse().join('/')}: {formatCount(m.count, lang)}
              </Tag>
            ))}
          </div>
          <Table<ExpiringCertificateView>
            size="small"
            rowKey={(item) => `${item.staffCode}-${item.number}`}
            dataSource={data.items}
            pagination={{ pageSize: 5, showSizeChanger: false, size: 'small' }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('coverage.people.fullName'), dataIndex: 'fullName' },
              {
                title: t('coverage.people.unit'),
                key: 'unit',
                responsive: ['sm'],
                render: (_, item) => item.unit.name,
              },
              {
                title: t('coverage.people.expiresOn'),
                dataIndex: 'expiresOn',
                render: (value: string) => formatDate(value),
              },
            ]}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('coverage.expiring.method')}
          </Typography.Text>
        </>
      )}
    </Card>
  );
}
