import type { PendingTrainingRecord } from '@loa/contracts';
import { App, Button, Empty, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { isApiError } from '../../../lib/api-error';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { useApproveRecord, usePendingRecords } from '../api/training-records';
import { EvidenceLink } from './evidence-link';
import { RejectRecordModal } from './reject-record-modal';

/** "Chờ duyệt": external records unit managers submitted; approved ones count at once. */
export function PendingRecordsPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data = [], isPending, error } = usePendingRecords(true);
  const approve = useApproveRecord();
  const [rejecting, setRejecting] = useState<PendingTrainingRecord | null>(null);

  if (error) return <ErrorAlert error={error} />;
  return (
    <>
      <Table<PendingTrainingRecord>
        size="small"
        loading={isPending}
        rowKey="id"
        dataSource={data}
        scroll={{ x: 1000 }}
        locale={{ emptyText: <Empty description={t('certificates.pending.empty')} /> }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          {
            title: t('certificates.columns.holder'),
            key: 'holder',
            width: 220,
            render: (_: unknown, r) => (
              <div>
                <div>{r.holderName}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.staffCode}
                  {r.unit ? ` · ${r.unit.name}` : ''}
                </Typography.Text>
              </div>
            ),
          },
          {
            title: t('certificates.columns.programme'),
            key: 'programme',
            render: (_: unknown, r) => r.programme.name,
          },
          {
            title: t('certificates.columns.number'),
            dataIndex: 'number',
            render: (n: string | null) => n ?? t('certificates.pending.numberByLoa'),
          },
          { title: t('certificates.pending.provider'), dataIndex: 'provider' },
          {
            title: t('certificates.pending.evidence'),
            key: 'evidence',
            width: 130,
            render: (_: unknown, r) =>
              r.evidenceUrl ? <EvidenceLink url={r.evidenceUrl} /> : null,
          },
          {
            title: t('certificates.columns.issuedOn'),
            dataIndex: 'issuedOn',
            render: formatDate,
            width: 105,
          },
          {
            title: t('certificates.columns.expiresOn'),
            dataIndex: 'expiresOn',
            width: 120,
            render: (e: string | null) => (e ? formatDate(e) : t('certificates.noExpiry')),
          },
          {
            title: t('certificates.pending.submitted'),
            key: 'submitted',
            render: (_: unknown, r) => (
              <div>
                <div>{r.submittedBy}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(r.submittedAt)}
                </Typography.Text>
              </div>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            fixed: 'right',
            width: 170,
            render: (_: unknown, r) => (
              <Flex gap={4}>
                <Button
                  size="small"
                  type="primary"
                  loading={approve.isPending && approve.variables === r.id}
                  onClick={() =>
                    approve.mutate(r.id, {
                      onSuccess: (answer) =>
                        void message.success(
                          t('certificates.pending.approved', { number: answer.number ?? '' }),
                        ),
                      onError: (e) =>
                        void message.error(isApiError(e) ? e.message : t('errors.generic')),
                    })
                  }
                >
                  {t('certificates.pending.approve')}
                </Button>
                <Button size="small" danger onClick={() => setRejecting(r)}>
                  {t('certificates.pending.reject')}
                </Button>
              </Flex>
            ),
          },
        ]}
      />
      <RejectRecordModal record={rejecting} onClose={() => setRejecting(null)} />
    </>
  );
}
