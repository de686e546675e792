import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useReturnReport } from '../api/unit-reports';

interface ReturnReportModalProps {
  reportId: string | null;
  unitName: string;
  onClose: () => void;
}

/** The department sends a report back with a comment; the unit resubmits a new version. */
export function ReturnReportModal({ reportId, unitName, onClose }: ReturnReportModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ comment: string }>();
  const mutation = useReturnReport();

  const submit = async () => {
    if (!reportId) return;
    const { comment } = await form.validateFields();
    await mutation.mutateAsync({ id: reportId, comment: comment.normalize('NFC').trim() });
    void message.success(t('reports.review.returned', { unit: unitName }));
    form.resetFields();
    onClose();
  };

  return (
    <Modal
      open={!!reportId}
      title={t('reports.review.returnTitle', { unit: unitName })}
      okText={t('reports.review.return')}
      okButtonProps={{ danger: true, loading: mutation.isPending }}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <ErrorAlert error={mutation.error} />
      <Form form={form} layout="vertical">
        <Form.Item
          name="comment"
          label={t('reports.review.comment')}
          rules={[
            { required: true, whitespace: true, message: t('reports.review.commentRequired') },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
