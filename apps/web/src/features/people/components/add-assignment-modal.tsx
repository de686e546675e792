import { App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { fromDayjs, toDayjs } from '../../../lib/dates';
import { useCreateAssignment } from '../api/person-mutations';
import { AssignmentFields, AssignmentFormValues } from './assignment-fields';

/** A further assignment for a person (another unit, or a new role: kiêm nhiệm). */
export function AddAssignmentModal(props: {
  open: boolean;
  onClose: () => void;
  staffCode: string;
  asOf: string;
}) {
  const { open, onClose, staffCode, asOf } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AssignmentFormValues>();
  const mutation = useCreateAssignment(staffCode);
  return (
    <Modal
      open={open}
      title={t('people.addAssignment')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ErrorAlert error={mutation.error} />
      <Form<AssignmentFormValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ communicationOfficer: false, startDate: toDayjs(asOf) }}
        onFinish={(values) =>
          mutation.mutate(
            {
              unitCode: values.unitCode,
              position: values.position?.trim().normalize('NFC') || undefined,
              communicationOfficer: values.communicationOfficer,
              startDate: fromDayjs(values.startDate) ?? asOf,
              endDate: fromDayjs(values.endDate) ?? undefined,
            },
            {
              onSuccess: () => {
                void message.success(t('people.assignmentAdded'));
                onClose();
              },
            },
          )
        }
      >
        <AssignmentFields asOf={asOf} />
      </Form>
    </Modal>
  );
}
