import type { AuthoringCourseListItem } from '@loa/contracts';
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { formatDateTime } from '../../../lib/dates';
import { useAuthoringCourses } from '../api/authoring-courses';
import { CourseStatusTag } from './course-status-tag';

/** The courses the caller may edit, with their status and published / draft version numbers. */
export function AuthoringCourseTable() {
  const { t } = useTranslation();
  const { data = [], isLoading, error } = useAuthoringCourses();
  if (error) return <ErrorAlert error={error} />;
  return (
    <Table<AuthoringCourseListItem>
      rowKey="code"
      size="small"
      loading={isLoading}
      dataSource={data}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
      columns={[
        {
          title: t('authoring.columns.course'),
          key: 'title',
          render: (_, course) => (
            <Link to={`/authoring/${encodeURIComponent(course.code)}`}>
              <Typography.Text strong>{course.title}</Typography.Text>
              <br />
              <Typography.Text type="secondary">{course.code}</Typography.Text>
            </Link>
          ),
        },
        {
          title: t('authoring.columns.status'),
          dataIndex: 'status',
          render: (_, course) => <CourseStatusTag status={course.status} />,
        },
        {
          title: t('authoring.columns.versions'),
          key: 'versions',
          render: (_, course) => (
            <>
              {course.publishedVersionNo ? (
                <Tag color="green">
                  {t('authoring.publishedVersion', { n: course.publishedVersionNo })}
                </Tag>
              ) : null}
              {course.draftVersionNo ? (
                <Tag color="gold">{t('authoring.draftVersion', { n: course.draftVersionNo })}</Tag>
              ) : null}
            </>
          ),
        },
        { title: t('authoring.columns.hours'), dataIndex: 'hours' },
        {
          title: t('authoring.columns.selfEnrol'),
          dataIndex: 'selfEnrol',
          render: (value: boolean) => (value ? t('authoring.yes') : t('authoring.no')),
        },
        {
          title: t('authoring.columns.owner'),
          key: 'owner',
          render: (_, course) => course.owner.displayName || course.owner.username,
        },
        {
          title: t('authoring.columns.updated'),
          dataIndex: 'updatedAt',
          render: (value: string) => formatDateTime(value),
        },
      ]}
    />
  );
}
