import type { CoverageFollowUpPerson } from '@loa/contracts';
import { Empty, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { formatDate } from '../../../lib/dates';
import { useCoverageFollowUp, type CoverageSubject } from '../api/coverage-queries';
import { formatPercent } from './coverage-format';

const PAGE_SIZE = 20;

function CoursesCell({ person }: { person: CoverageFollowUpPerson }) {
  const { t, i18n } = useTranslation();
  if (person.courses.length === 0) {
    return <Typography.Text type="secondary">{t('coverage.people.noCourses')}</Typography.Text>;
  }
  return (
    <Flex vertical gap={2}>
      {person.courses.map((course) => (
        <span key={course.title}>
          {course.title}{' '}
          <Tag bordered={false} color={course.status === 'in_progress' ? 'processing' : 'default'}>
            {t(`coverage.people.courseStatus.${course.status}`)}{' '}
            {formatPercent(course.progress, i18n.language)}
          </Tag>
          {course.dueOn ? (
            <Typography.Text type="secondary">
              {t('coverage.people.dueOn', { date: formatDate(course.dueOn) })}
            </Typography.Text>
          ) : null}
        </span>
      ))}
    </Flex>
  );
}

/** Those still to train: what they are assigned, how far they got, their last certificate. */
export function CoverageFollowUpTable({ subject }: { subject: CoverageSubject }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(PAGE_SIZE);
  const people = useCoverageFollowUp(subject, page, pageSize);
  if (people.isError) return <ErrorAlert error={people.error} />;
  const columns: ColumnsType<CoverageFollowUpPerson> = [
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
    {
      title: t('coverage.people.courses'),
      key: 'courses',
      render: (_, person) => <CoursesCell person={person} />,
    },
    {
      title: t('coverage.people.lastCertificate'),
      key: 'last',
      responsive: ['md'],
      render: (_, person) =>
        person.lastCertificate
          ? t('coverage.people.expiredOn', {
              number: person.lastCertificate.number,
              date: formatDate(
                person.lastCertificate.revokedOn ?? person.lastCertificate.expiresOn,
              ),
            })
          : '',
    },
  ];
  return (
    <Table<CoverageFollowUpPerson>
      size="small"
      rowKey="staffCode"
      loading={people.isFetching}
      columns={columns}
      dataSource={people.data?.items ?? []}
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('coverage.people.noneUntrained')}
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
