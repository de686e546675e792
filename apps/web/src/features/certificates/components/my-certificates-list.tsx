import type { MyCertificate } from '@loa/contracts';
import { Card, Empty, Flex, Grid, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { formatDate } from '../../../lib/dates';
import { useMyCertificates, useProgrammes } from '../api/my-certificates';
import { CertificateSourceTag, CertificateStatusTag } from './certificate-status-tag';
import { PdfDownloadButton } from './pdf-download-button';
import { VerifyLink } from './verify-link';

function Actions({ certificate }: { certificate: MyCertificate }) {
  if (!certificate.number) return null;
  return (
    <Flex gap={4} wrap align="center">
      {certificate.source === 'loa' ? <PdfDownloadButton number={certificate.number} /> : null}
      {certificate.status !== 'pending' ? <VerifyLink number={certificate.number} /> : null}
    </Flex>
  );
}

/** "Giấy chứng nhận của tôi": a table on a computer, cards on a phone. */
export function MyCertificatesList() {
  const { t } = useTranslation();
  const { xs } = Grid.useBreakpoint();
  const { data = [], isPending, error } = useMyCertificates();
  const programmes = useProgrammes().data ?? [];
  const programmeName = (code: string) => programmes.find((p) => p.code === code)?.name ?? code;
  const validity = (expiresOn: string | null) =>
    expiresOn ? formatDate(expiresOn) : t('certificates.noExpiry');

  if (error) return <ErrorAlert error={error} />;
  if (!isPending && data.length === 0) {
    return <Empty description={t('certificates.mineEmpty')} />;
  }
  if (xs) {
    return (
      <Flex vertical gap={12}>
        {data.map((c) => (
          <Card key={`${c.number}-${c.issuedOn}-${c.programme}`} size="small">
            <Flex justify="space-between" align="flex-start" gap={8}>
              <Typography.Text strong>{programmeName(c.programme)}</Typography.Text>
              <CertificateStatusTag status={c.status} />
            </Flex>
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {c.number ?? t('certificates.noNumberYet')} ·{' '}
              <CertificateSourceTag source={c.source} />
            </Typography.Text>
            <Typography.Text style={{ display: 'block', margin: '4px 0 8px' }}>
              {t('certificates.issuedShort', { date: formatDate(c.issuedOn) })} ·{' '}
              {t('certificates.validUntilShort', { date: validity(c.expiresOn) })}
            </Typography.Text>
            <Actions certificate={c} />
          </Card>
        ))}
      </Flex>
    );
  }
  return (
    <Table<MyCertificate>
      size="middle"
      loading={isPending}
      rowKey={(c) => `${c.number}-${c.issuedOn}-${c.programme}`}
      dataSource={data}
      pagination={false}
      scroll={{ x: 900 }}
      columns={[
        {
          title: t('certificates.columns.number'),
          dataIndex: 'number',
          width: 190,
          render: (number: string | null) => (
            <span style={{ whiteSpace: 'nowrap' }}>{number ?? t('certificates.noNumberYet')}</span>
          ),
        },
        {
          title: t('certificates.columns.programme'),
          dataIndex: 'programme',
          render: programmeName,
        },
        {
          title: t('certificates.columns.issuedOn'),
          dataIndex: 'issuedOn',
          render: formatDate,
          width: 120,
        },
        {
          title: t('certificates.columns.expiresOn'),
          dataIndex: 'expiresOn',
          render: validity,
          width: 140,
        },
        {
          title: t('certificates.columns.status'),
          dataIndex: 'status',
          render: (_: unknown, c) => <CertificateStatusTag status={c.status} />,
          width: 130,
        },
        {
          title: t('certificates.columns.source'),
          dataIndex: 'source',
          render: (_: unknown, c) => <CertificateSourceTag source={c.source} />,
          width: 110,
        },
        {
          title: t('common.actions'),
          key: 'actions',
          render: (_: unknown, c) => <Actions certificate={c} />,
          width: 220,
        },
      ]}
    />
  );
}
