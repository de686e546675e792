import type { AssignmentView } from '@loa/contracts';
import { App, DatePicker, Form, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import {
  DISPLAY_DATE_FORMAT,
  formatDate,
  fromDayjs,
  toDayjs,
  todayInVietnam,
} from '../../../lib/dates';
import { useUpdateAssignment } from '../api/person-mutations';

/** Ends an assignment on a date (inclusive: the person still works there that day). */
export function EndAssignmentModal({
  assignment,
  onClose,
}: {
  assignment: AssignmentView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ endDate: Dayjs }>();
  const mutation = useUpdateAssignment();
  return (
    <Modal
      open={!!assignment}
      title={t('people.endAssignment')}
      okText={t('people.endAssignment')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {assignment ? (
        <Typography.Paragraph>
          {assignment.unit.name} · {assignment.position ?? ''} ·{' '}
          {t('people.since', { date: formatDate(assignment.startDate) })}
        </Typography.Paragraph>
      ) : null}
      <ErrorAlert error={mutation.error} />
      <Form<{ endDate: Dayjs }>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ endDate: toDayjs(todayInVietnam()) }}
        onFinish={(values) =>
          assignment &&
          mutation.mutate(
            { id: assignment.id, endDate: fromDayjs(values.endDate) },
            {
              onSuccess: () => {
                void message.success(t('people.assignmentEnded'));
                onClose();
              },
            },
          )
        }
      >
        <Form.Item
          name="endDate"
          label={t('people.lastDay')}
          extra={t('people.lastDayHelp')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <DatePicker format={DISPLAY_DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
