import { MoreOutlined } from '@ant-design/icons';
import type { RegistryEntry, RegistryPage } from '@loa/contracts';
import { Button, Dropdown, Flex, Grid, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { CertificateSourceTag, CertificateStatusTag } from './certificate-status-tag';
import { PdfDownloadButton } from './pdf-download-button';

interface RegistryTableProps {
  data: RegistryPage | undefined;
  loading: boolean;
  canAdminister: boolean;
  onPage: (page: number, pageSize: number) => void;
  onRevoke: (entry: RegistryEntry) => void;
  onCorrect: (entry: RegistryEntry) => void;
}

/** The registry (sổ cấp giấy chứng nhận), one server page at a time. */
export function RegistryTable(props: RegistryTableProps) {
  const { data, loading, canAdminister, onPage, onRevoke, onCorrect } = props;
  const { t } = useTranslation();
  // On a phone a pinned number column would leave no room for the rest.
  const { md } = Grid.useBreakpoint();
  return (
    <Table<RegistryEntry>
      size="small"
      loading={loading}
      rowKey="number"
      dataSource={data?.items ?? []}
      scroll={{ x: 1000 }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 50,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100, 200],
        showTotal: (total) => t('certificates.registry.total', { count: total }),
        onChange: onPage,
      }}
      columns={[
        {
          title: t('certificates.columns.number'),
          dataIndex: 'number',
          fixed: md ? 'left' : undefined,
          width: 150,
          render: (number: string, entry) => (
            <div>
              <Typography.Text strong>{number}</Typography.Text>
              {entry.replaces ? (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {t('certificates.registry.replaces', { number: entry.replaces })}
                </Typography.Text>
              ) : null}
              {entry.replacedBy ? (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {t('certificates.registry.replacedBy', { number: entry.replacedBy })}
                </Typography.Text>
              ) : null}
            </div>
          ),
        },
        {
          title: t('certificates.columns.holder'),
          key: 'holder',
          width: 180,
          render: (_: unknown, entry) => (
            <div>
              <div>{entry.holderName}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {entry.staffCode} · {formatDate(entry.holderDateOfBirth)}
              </Typography.Text>
            </div>
          ),
        },
        {
          title: t('certificates.columns.unit'),
          key: 'unit',
          width: 170,
          render: (_: unknown, entry) => entry.unit?.name ?? '',
        },
        {
          title: t('certificates.columns.programme'),
          key: 'programme',
          width: 150,
          render: (_: unknown, entry) => entry.programme.name,
        },
        {
          title: t('certificates.columns.dates'),
          key: 'dates',
          width: 125,
          render: (_: unknown, entry) => (
            <div>
              <div>{formatDate(entry.issuedOn)}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('certificates.registry.until', {
                  date: entry.expiresOn ? formatDate(entry.expiresOn) : t('certificates.noExpiry'),
                })}
              </Typography.Text>
            </div>
          ),
        },
        {
          title: t('certificates.columns.status'),
          key: 'status',
          width: 125,
          render: (_: unknown, entry) => (
            <div>
              <Flex gap={4} wrap>
                <CertificateStatusTag status={entry.status} />
                <CertificateSourceTag source={entry.source} />
              </Flex>
              {entry.revokedOn ? (
                <Typography.Text
                  type="secondary"
                  style={{ display: 'block', fontSize: 12 }}
                  title={entry.revocationReason ?? undefined}
                >
                  {formatDate(entry.revokedOn)}
                </Typography.Text>
              ) : null}
            </div>
          ),
        },
        {
          title: t('common.actions'),
          key: 'actions',
          fixed: 'right',
          width: canAdminister ? 110 : 70,
          render: (_: unknown, entry) => {
            const changeable = entry.status !== 'revoked' && entry.status !== 'replaced';
            return (
              <Flex gap={4}>
                {entry.source === 'loa' ? (
                  <PdfDownloadButton number={entry.number} compact />
                ) : null}
                {canAdminister && changeable ? (
                  <Dropdown
                    trigger={['click']}
                    menu={{
                      items: [
                        { key: 'correct', label: t('certificates.correct.action') },
                        { key: 'revoke', label: t('certificates.revoke.action'), danger: true },
                      ],
                      onClick: ({ key }) => (key === 'revoke' ? onRevoke(entry) : onCorrect(entry)),
                    }}
                  >
                    <Button
                      size="small"
                      icon={<MoreOutlined />}
                      aria-label={t('certificates.moreActionsFor', { number: entry.number })}
                    />
                  </Dropdown>
                ) : null}
              </Flex>
            );
          },
        },
      ]}
    />
  );
}
