import { DownloadOutlined } from '@ant-design/icons';
import type { CoveragePersonView } from '@loa/contracts';
import { App, Button, Card, Empty, Flex, Table, Tabs } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { isApiError } from '../../../lib/api-error';
import { formatDate } from '../../../lib/dates';
import { useUntrainedDownload } from '../api/coverage-downloads';
import { useCoveragePeople, type CoverageSubject } from '../api/coverage-queries';
import { CoverageFollowUpTable } from './coverage-follow-up-table';

const PAGE_SIZE = 20;
type Tab = 'untrained' | 'trained';

function PeopleTable({ subject, trained }: { subject: CoverageSubject; trained: boolean }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(PAGE_SIZE);
  const people = useCoveragePeople(subject, trained, page, pageSize);
  if (people.isError) return <ErrorAlert error={people.error} />;
  const columns: ColumnsType<CoveragePersonView> = [
    { title: t('coverage.people.staffCode'), dataIndex: 'staffCode', width: 120 },
    {
      title: t('coverage.people.fullName'),
      key: 'fullName',
      render: (_, person) => (
        <Link to={`/people/${encodeURIComponent(person.staffCode)}?asOf=${subject.asOf}`}>
          {person.fullName}
        </Link>
      ),
    },
    {
      title: t('coverage.people.unit'),
      key: 'unit',
      responsive: ['sm'],
      render: (_, person) => person.unit.name,
    },
    ...(trained
      ? ([
          {
            title: t('coverage.people.certificate'),
            key: 'certificate',
            render: (_, person) => person.certificate?.number ?? '',
          },
          {
            title: t('coverage.people.expiresOn'),
            key: 'expiresOn',
            render: (_, person) =>
              person.certificate
                ? person.certificate.expiresOn
                  ? formatDate(person.certificate.expiresOn)
                  : t('coverage.people.noExpiry')
                : '',
          },
        ] satisfies ColumnsType<CoveragePersonView>)
      : []),
  ];
  return (
    <Table<CoveragePersonView>
      size="small"
      rowKey="staffCode"
      loading={people.isFetching}
      columns={columns}
      dataSource={people.data?.items ?? []}
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              trained ? t('coverage.people.noneTrained') : t('coverage.people.noneUntrained')
            }
          />
        ),
      }}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page,
        pageSize,
        total: people.data?.total ?? 0,
        showSizeChanger: true,
        size: 'small',
        showTotal: (total) => t('coverage.people.total', { count: total }),
        onChange: (next, size) => {
          setPage(size !== pageSize ? 1 : next);
          setPageSize(size);
        },
      }}
    />
  );
}

/** Who is behind the figures: those still to train (for follow-up) and those trained. */
export function CoveragePeopleCard({ subject }: { subject: CoverageSubject }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [tab, setTab] = useState<Tab>('untrained');
  const download = useUntrainedDownload();
  const exportUntrained = () =>
    download.mutate(subject, {
      onError: (error) =>
        message.error(isApiError(error) ? error.message : t('coverage.exports.failed')),
    });
  return (
    <Card title={t('coverage.people.title')} styles={{ body: { paddingTop: 12 } }}>
      <Flex justify="flex-end">
        <Button icon={<DownloadOutlined />} loading={download.isPending} onClick={exportUntrained}>
          {t('coverage.exports.untrained')}
        </Button>
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as Tab)}
        destroyOnHidden
        items={[
          {
            key: 'untrained',
            label: t('coverage.people.untrained'),
            children: (
              <CoverageFollowUpTable key={`u-${JSON.stringify(subject)}`} subject={subject} />
            ),
          },
          {
            key: 'trained',
            label: t('coverage.people.trained'),
            children: (
              <PeopleTable key={`t-${JSON.stringify(subject)}`} subject={subject} trained />
            ),
          },
        ]}
      />
    </Card>
  );
}
