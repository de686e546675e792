import type { CourseOutline, UpdateCourseRequest } from '@loa/contracts';
import {
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Image,
  Input,
  InputNumber,
  Popconfirm,
  Row,
  Switch,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useAuthoringFileUrl, useUpdateCourse, useUploadCover } from '../api/authoring-courses';
import { FileUploadButton } from './file-upload-button';

const MB = 1024 * 1024;

/** The course card: title, summary, hours (số tiết), self-enrolment and the cover image. */
export function CourseDetailsCard({ outline }: { outline: CourseOutline }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UpdateCourseRequest>();
  const update = useUpdateCourse(outline.code);
  const cover = useUploadCover(outline.code);
  const coverUrl = useAuthoringFileUrl(outline.coverFileId);
  const save = (values: UpdateCourseRequest) =>
    update.mutate(
      {
        ...values,
        title: values.title?.trim().normalize('NFC'),
        summary: values.summary?.trim().normalize('NFC'),
      },
      { onSuccess: () => void message.success(t('authoring.saved')) },
    );
  return (
    <Card size="small" title={t('authoring.details')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={16}>
          <Form<UpdateCourseRequest>
            form={form}
            layout="vertical"
            onFinish={save}
            initialValues={{
              title: outline.title,
              summary: outline.summary,
              hours: outline.hours,
              selfEnrol: outline.selfEnrol,
            }}
            key={`${outline.version.id}-${outline.title}`}
          >
            <Form.Item
              name="title"
              label={t('authoring.fields.title')}
              rules={[{ required: true, whitespace: true, message: t('common.required') }]}
            >
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item name="summary" label={t('authoring.fields.summary')}>
              <Input.TextArea rows={3} maxLength={5000} />
            </Form.Item>
            <Row gutter={16}>
              <Col xs={12}>
                <Form.Item name="hours" label={t('authoring.fields.hours')}>
                  <InputNumber min={0} max={1000} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={12}>
                <Form.Item
                  name="selfEnrol"
                  label={t('authoring.fields.selfEnrol')}
                  valuePropName="checked"
                >
                  <Switch />
                </Form.Item>
              </Col>
            </Row>
            {update.error ? <ErrorAlert error={update.error} /> : null}
            <Flex gap={8} wrap>
              <Button type="primary" htmlType="submit" loading={update.isPending}>
                {t('common.save')}
              </Button>
              {outline.status !== 'archived' ? (
                <Popconfirm
                  title={t('authoring.archive.confirm')}
                  okText={t('authoring.archive.button')}
                  cancelText={t('common.cancel')}
                  onConfirm={() =>
                    update.mutate(
                      { status: 'archived' },
                      { onSuccess: () => void message.success(t('authoring.archive.done')) },
                    )
                  }
                >
                  <Button danger>{t('authoring.archive.button')}</Button>
                </Popconfirm>
              ) : null}
            </Flex>
          </Form>
        </Col>
        <Col xs={24} md={8}>
          {coverUrl.data ? (
            <Image
              src={coverUrl.data}
              alt={t('authoring.cover')}
              style={{ width: '100%', borderRadius: 8, marginBottom: 8 }}
            />
          ) : null}
          <FileUploadButton
            accept="image/png,image/jpeg,image/webp"
            label={outline.coverFileId ? t('authoring.replaceCover') : t('authoring.uploadCover')}
            hint={t('authoring.coverHint')}
            maxBytes={2 * MB}
            upload={(file, onProgress) => cover.mutateAsync({ file, onProgress })}
          />
        </Col>
      </Row>
    </Card>
  );
}
