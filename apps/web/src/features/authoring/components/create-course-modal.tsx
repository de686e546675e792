import type { CreateCourseRequest } from '@loa/contracts';
import { Form, Input, InputNumber, Modal, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useCreateCourse } from '../api/authoring-courses';

interface CreateCourseModalProps {
  open: boolean;
  onClose: () => void;
}

const CODE_PATTERN = /^[A-Z0-9][A-Z0-9_.-]{0,49}$/;

/** A new course (and its first draft version); then the editor opens. */
export function CreateCourseModal({ open, onClose }: CreateCourseModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateCourseRequest>();
  const navigate = useNavigate();
  const create = useCreateCourse();
  const submit = (values: CreateCourseRequest) =>
    create.mutate(
      {
        ...values,
        code: values.code.trim().toUpperCase(),
        title: values.title.trim().normalize('NFC'),
        summary: (values.summary ?? '').trim().normalize('NFC'),
      },
      { onSuccess: (outline) => navigate(`/authoring/${encodeURIComponent(outline.code)}`) },
    );
  return (
    <Modal
      open={open}
      title={t('authoring.create.title')}
      okText={t('authoring.create.submit')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      destroyOnClose
    >
      <Form<CreateCourseRequest>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ hours: 4, selfEnrol: false, summary: '' }}
      >
        <Form.Item
          name="code"
          label={t('authoring.fields.code')}
          extra={t('authoring.fields.codeHelp')}
          rules={[
            { required: true, message: t('common.required') },
            {
              validator: (_, value: string | undefined) =>
                !value || CODE_PATTERN.test(value.trim().toUpperCase())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('authoring.fields.codeInvalid'))),
            },
          ]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('authoring.fields.title')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="summary" label={t('authoring.fields.summary')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="hours" label={t('authoring.fields.hours')} rules={[{ required: true }]}>
          <InputNumber min={0} max={1000} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="selfEnrol" label={t('authoring.fields.selfEnrol')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {create.error ? <ErrorAlert error={create.error} /> : null}
      </Form>
    </Modal>
  );
}
