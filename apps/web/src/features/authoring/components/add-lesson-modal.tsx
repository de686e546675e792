import type { LessonInput, LessonKind } from '@loa/contracts';
import { Form, Input, Modal, Radio, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useLessonMutations } from '../api/outline-mutations';
import { LessonKindIcon } from './lesson-kind-icon';

const KINDS: LessonKind[] = ['text', 'video', 'document', 'quiz'];

interface AddLessonModalProps {
  courseCode: string;
  sectionId: string | null;
  onClose: () => void;
  onAdded: (lessonId: string) => void;
}

/** A new lesson in a section: its kind and title; the content is edited next. */
export function AddLessonModal({ courseCode, sectionId, onClose, onAdded }: AddLessonModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ kind: LessonKind; title: string }>();
  const { addLesson } = useLessonMutations(courseCode);
  const submit = ({ kind, title }: { kind: LessonKind; title: string }) => {
    if (!sectionId) return;
    const body: LessonInput = {
      kind,
      title: title.trim().normalize('NFC'),
      required: true,
      ...(kind === 'text' ? { bodyHtml: '' } : {}),
      ...(kind === 'quiz'
        ? {
            quiz: {
              questionCount: 10,
              shuffle: true,
              passPercent: 70,
              attemptLimit: null,
              timeLimitSeconds: null,
            },
          }
        : {}),
    };
    addLesson.mutate(
      { sectionId, ...body },
      {
        onSuccess: (lesson) => {
          form.resetFields();
          onAdded(lesson.id);
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      open={!!sectionId}
      title={t('authoring.outline.addLesson')}
      okText={t('authoring.outline.add')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={addLesson.isPending}
      destroyOnClose
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'text' }}>
        <Form.Item name="kind" label={t('authoring.lesson.kind')}>
          <Radio.Group>
            <Space direction="vertical">
              {KINDS.map((kind) => (
                <Radio key={kind} value={kind}>
                  <LessonKindIcon kind={kind} /> {t(`authoring.kinds.${kind}`)}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="title"
          label={t('authoring.lesson.title')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        {addLesson.error ? <ErrorAlert error={addLesson.error} /> : null}
      </Form>
    </Modal>
  );
}
