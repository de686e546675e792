import type { AssignmentAudience, CourseAssignmentResult } from '@loa/contracts';
import { Alert, Button, DatePicker, Form, Input, Radio, Select, Space, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { UnitSearchSelect } from '../../../components/unit-search-select';
import { DISPLAY_DATE_FORMAT, fromDayjs, todayInVietnam } from '../../../lib/dates';
import { useAssignableCourses, useCreateCourseAssignment } from '../api/training';

interface AssignFormValues {
  courseCode: string;
  audience: AssignmentAudience;
  staffCode?: string;
  unitCode?: string;
  dueOn?: Dayjs | null;
  includeNewcomers: boolean;
}

const AUDIENCES: AssignmentAudience[] = ['officers_in_subtree', 'subtree', 'unit', 'person'];

/** Assigns a course to a person, a unit, a subtree or every officer in it, with a due date. */
export function AssignCourseForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<AssignFormValues>();
  const audience = Form.useWatch('audience', form) ?? 'officers_in_subtree';
  const courses = useAssignableCourses();
  const assign = useCreateCourseAssignment();
  const [result, setResult] = useState<CourseAssignmentResult | null>(null);
  const submit = (values: AssignFormValues) => {
    setResult(null);
    assign.mutate(
      {
        courseCode: values.courseCode,
        audience: values.audience,
        staffCode: values.audience === 'person' ? values.staffCode?.trim() : undefined,
        unitCode: values.audience === 'person' ? undefined : values.unitCode,
        dueOn: fromDayjs(values.dueOn) ?? undefined,
        includeNewcomers: values.audience === 'person' ? false : values.includeNewcomers,
      },
      { onSuccess: setResult },
    );
  };
  return (
    <Form<AssignFormValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ audience: 'officers_in_subtree', includeNewcomers: true }}
      style={{ maxWidth: 640 }}
    >
      <Form.Item
        name="courseCode"
        label={t('training.assign.course')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Select
          showSearch
          optionFilterProp="label"
          loading={courses.isLoading}
          placeholder={t('training.assign.pickCourse')}
          options={(courses.data ?? []).map((course) => ({
            value: course.code,
            label: `${course.title} (${course.code})`,
          }))}
        />
      </Form.Item>
      <Form.Item name="audience" label={t('training.assign.audience')}>
        <Radio.Group>
          <Space direction="vertical">
            {AUDIENCES.map((value) => (
              <Radio key={value} value={value}>
                {t(`training.audience.${value}`)}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      {audience === 'person' ? (
        <Form.Item
          name="staffCode"
          label={t('training.assign.staffCode')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input placeholder={t('training.assign.staffCodeHint')} />
        </Form.Item>
      ) : (
        <Form.Item
          name="unitCode"
          label={t('training.assign.unit')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <UnitSearchSelect />
        </Form.Item>
      )}
      <Form.Item name="dueOn" label={t('training.assign.dueOn')}>
        <DatePicker
          format={DISPLAY_DATE_FORMAT}
          disabledDate={(day) => day.format('YYYY-MM-DD') < todayInVietnam()}
          style={{ width: '100%' }}
        />
      </Form.Item>
      {audience !== 'person' ? (
        <Form.Item
          name="includeNewcomers"
          label={t('training.assign.includeNewcomers')}
          valuePropName="checked"
          extra={t('training.assign.includeNewcomersHelp')}
        >
          <Switch />
        </Form.Item>
      ) : null}
      {assign.error ? <ErrorAlert error={assign.error} /> : null}
      {result ? (
        <Alert
          type="success"
          showIcon
          data-testid="assign-result"
          message={t('training.assign.done', { count: result.enrolled })}
          description={
            result.alreadyEnrolled > 0
              ? t('training.assign.alreadyEnrolled', { count: result.alreadyEnrolled })
              : undefined
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Button type="primary" htmlType="submit" loading={assign.isPending}>
        {t('training.assign.submit')}
      </Button>
    </Form>
  );
}
