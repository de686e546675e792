import type { EnrolmentStatus, TrainingProgressRow } from '@loa/contracts';
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Progress, Select, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { UnitSearchSelect } from '../../../components/unit-search-select';
import { isApiError } from '../../../lib/api-error';
import { formatDate } from '../../../lib/dates';
import {
  ProgressFilters,
  useAssignableCourses,
  useExportTrainingProgress,
  useTrainingProgress,
} from '../api/training';

const STATUSES: EnrolmentStatus[] = ['assigned', 'in_progress', 'completed'];
const STATUS_COLOURS: Record<EnrolmentStatus, string> = {
  assigned: 'default',
  in_progress: 'processing',
  completed: 'success',
};

/** Who in the caller's subtree is assigned what: progress, score, due date; filters and XLSX. */
export function ProgressTable() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<ProgressFilters>({
    unit: null,
    course: null,
    status: null,
    overdue: false,
    page: 1,
  });
  const set = (patch: Partial<ProgressFilters>) => setFilters({ ...filters, page: 1, ...patch });
  const { data, isFetching, error } = useTrainingProgress(filters);
  const courses = useAssignableCourses();
  const exporter = useExportTrainingProgress();
  const download = () =>
    exporter.mutate(filters, {
      onError: (failure) =>
        void message.error(isApiError(failure) ? failure.message : t('errors.generic')),
    });
  return (
    <>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 12 }}>
        <div style={{ flex: '1 1 240px' }}>
          <UnitSearchSelect
            value={filters.unit}
            onChange={(unit) => set({ unit })}
            placeholder={t('training.filters.unit')}
          />
        </div>
        <div style={{ flex: '1 1 220px' }}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            value={filters.course ?? undefined}
            onChange={(course) => set({ course: course ?? null })}
            placeholder={t('training.filters.course')}
            style={{ width: '100%' }}
            options={(courses.data ?? []).map((course) => ({
              value: course.code,
              label: course.title,
            }))}
          />
        </div>
        <div style={{ flex: '0 1 170px' }}>
          <Select
            allowClear
            value={filters.status ?? undefined}
            onChange={(status) => set({ status: status ?? null })}
            placeholder={t('training.filters.status')}
            style={{ width: '100%' }}
            options={STATUSES.map((status) => ({
              value: status,
              label: t(`training.status.${status}`),
            }))}
          />
        </div>
        <span style={{ whiteSpace: 'nowrap' }}>
          <Switch
            checked={filters.overdue}
            onChange={(overdue) => set({ overdue })}
            aria-label={t('training.filters.overdue')}
          />{' '}
          {t('training.filters.overdue')}
        </span>
        <div>
          <Button icon={<DownloadOutlined />} onClick={download} loading={exporter.isPending}>
            {t('training.export')}
          </Button>
        </div>
      </Flex>
      {error ? <ErrorAlert error={error} /> : null}
      <Table<TrainingProgressRow>
        rowKey={(row) => `${row.staffCode}/${row.courseCode}`}
        size="small"
        loading={isFetching}
        dataSource={data?.rows ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: filters.page,
          pageSize: data?.pageSize ?? 50,
          total: data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('training.total', { count: total }),
          onChange: (page) => setFilters({ ...filters, page }),
        }}
        columns={[
          {
            title: t('training.columns.person'),
            key: 'person',
            fixed: 'left',
            render: (_, row) => (
              <>
                {row.fullName}
                <br />
                <Typography.Text type="secondary">{row.staffCode}</Typography.Text>
              </>
            ),
          },
          { title: t('training.columns.unit'), dataIndex: 'unitName' },
          { title: t('training.columns.course'), dataIndex: 'courseTitle' },
          {
            title: t('training.columns.status'),
            dataIndex: 'status',
            render: (status: EnrolmentStatus) => (
              <Tag color={STATUS_COLOURS[status]}>{t(`training.status.${status}`)}</Tag>
            ),
          },
          {
            title: t('training.columns.progress'),
            key: 'progress',
            width: 160,
            render: (_, row) => (
              <Progress
                percent={Math.round(row.progress * 100)}
                size="small"
                status={
                  row.status === 'completed' ? 'success' : row.overdue ? 'exception' : 'normal'
                }
              />
            ),
          },
          {
            title: t('training.columns.score'),
            dataIndex: 'scorePercent',
            render: (score: number | null) => (score === null ? '' : `${Math.round(score)} %`),
          },
          {
            title: t('training.columns.due'),
            key: 'due',
            render: (_, row) =>
              row.overdue ? (
                <Typography.Text type="danger" strong>
                  {formatDate(row.dueOn)} · {t('training.overdue')}
                </Typography.Text>
              ) : (
                formatDate(row.dueOn)
              ),
          },
          {
            title: t('training.columns.completedOn'),
            dataIndex: 'completedOn',
            render: (value: string | null) => formatDate(value),
          },
        ]}
      />
    </>
  );
}
