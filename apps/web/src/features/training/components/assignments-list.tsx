import type { CourseAssignmentListItem } from '@loa/contracts';
import { App, Button, Popconfirm, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { isApiError } from '../../../lib/api-error';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { useCourseAssignments, useEndAssignmentRule } from '../api/training';

/** Assignments made in the caller's scope, each with its standing rule and an "end rule" action. */
export function AssignmentsList({ unit }: { unit: string | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data = [], isLoading, error } = useCourseAssignments(unit);
  const endRule = useEndAssignmentRule();
  const end = (id: string) =>
    endRule.mutate(id, {
      onSuccess: () => void message.success(t('training.assignments.ruleEnded')),
      onError: (failure) =>
        void message.error(isApiError(failure) ? failure.message : t('errors.generic')),
    });
  if (error) return <ErrorAlert error={error} />;
  return (
    <Table<CourseAssignmentListItem>
      rowKey="id"
      size="small"
      loading={isLoading}
      dataSource={data}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
      columns={[
        {
          title: t('training.columns.course'),
          key: 'course',
          render: (_, row) => (
            <>
              {row.courseTitle}
              <br />
              <Typography.Text type="secondary">{row.courseCode}</Typography.Text>
            </>
          ),
        },
        {
          title: t('training.assign.audience'),
          key: 'audience',
          render: (_, row) => (
            <>
              {t(`training.audience.${row.audience}`)}
              <br />
              <Typography.Text type="secondary">{row.unitCode ?? row.staffCode}</Typography.Text>
            </>
          ),
        },
        {
          title: t('training.columns.due'),
          dataIndex: 'dueOn',
          render: (value: string | null) => formatDate(value),
        },
        {
          title: t('training.assignments.counts'),
          key: 'counts',
          render: (_, row) =>
            t('training.assignments.countsValue', {
              enrolled: row.enrolled,
              completed: row.completed,
            }),
        },
        {
          title: t('training.assignments.rule'),
          key: 'rule',
          render: (_, row) =>
            row.ruleActive ? (
              <Tag color="blue">{t('training.assignments.ruleActive')}</Tag>
            ) : row.includeNewcomers && row.endedAt ? (
              <Tag>
                {t('training.assignments.ruleEndedOn', { date: formatDateTime(row.endedAt) })}
              </Tag>
            ) : (
              <Tag>{t('training.assignments.noRule')}</Tag>
            ),
        },
        {
          title: t('common.actions'),
          key: 'actions',
          render: (_, row) =>
            row.ruleActive ? (
              <Popconfirm
                title={t('training.assignments.endRuleConfirm')}
                okText={t('training.assignments.endRule')}
                cancelText={t('common.cancel')}
                onConfirm={() => end(row.id)}
              >
                <Button
                  size="small"
                  danger
                  loading={endRule.isPending && endRule.variables === row.id}
                >
                  {t('training.assignments.endRule')}
                </Button>
              </Popconfirm>
            ) : null,
        },
      ]}
    />
  );
}
