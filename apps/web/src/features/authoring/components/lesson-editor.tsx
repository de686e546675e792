import type { AuthoringLesson, CourseOutline, UpdateLessonRequest } from '@loa/contracts';
import { App, Alert, Button, Card, Col, Form, Input, InputNumber, Row, Switch, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useLessonMutations } from '../api/outline-mutations';
import { FileUploadButton } from './file-upload-button';
import { LessonKindIcon } from './lesson-kind-icon';
import {
  QuizSettingsFields,
  QuizSettingsValues,
  toQuizSettings,
  fromQuizSettings,
} from './quiz-settings-fields';
import { RichTextEditor } from './rich-text-editor';

const MB = 1024 * 1024;

interface LessonEditorProps {
  outline: CourseOutline;
  lesson: AuthoringLesson;
  /** The lesson's id after a save: editing a published course copies it into a new draft. */
  onSaved: (lessonId: string) => void;
}

interface LessonFormValues extends QuizSettingsValues {
  title: string;
  required: boolean;
  durationMinutes: number | null;
  externalUrl: string;
}

/** One lesson's fields by kind: rich text, a video (upload or link), a PDF, or quiz settings. */
export function LessonEditor({ outline, lesson, onSaved }: LessonEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { updateLesson, uploadFile } = useLessonMutations(outline.code);
  const [bodyHtml, setBodyHtml] = useState(lesson.bodyHtml ?? '');
  const [form] = Form.useForm<LessonFormValues>();
  const save = (values: LessonFormValues) => {
    const body: UpdateLessonRequest = {
      title: values.title.trim().normalize('NFC'),
      required: values.required,
      durationMinutes: values.durationMinutes ?? null,
    };
    if (lesson.kind === 'text') body.bodyHtml = bodyHtml.normalize('NFC');
    if (lesson.kind === 'video') body.externalUrl = values.externalUrl?.trim() || null;
    if (lesson.kind === 'quiz') body.quiz = toQuizSettings(values);
    updateLesson.mutate(
      { id: lesson.id, ...body },
      {
        onSuccess: (saved) => {
          void message.success(t('authoring.saved'));
          onSaved(saved.id);
        },
      },
    );
  };
  const upload = (file: File, onProgress: (percent: number) => void) =>
    uploadFile.mutateAsync({ id: lesson.id, file, onProgress }).then((saved) => {
      void message.success(t('authoring.lesson.fileUploaded'));
      onSaved(saved.id);
    });
  return (
    <Card
      size="small"
      title={
        <span>
          <LessonKindIcon kind={lesson.kind} /> {t(`authoring.kinds.${lesson.kind}`)}
        </span>
      }
    >
      <Form<LessonFormValues>
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={{
          title: lesson.title,
          required: lesson.required,
          durationMinutes: lesson.durationMinutes,
          externalUrl: lesson.externalUrl ?? '',
          ...fromQuizSettings(lesson.quiz),
        }}
      >
        <Form.Item
          name="title"
          label={t('authoring.lesson.title')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={12}>
            <Form.Item
              name="required"
              label={t('authoring.lesson.required')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="durationMinutes" label={t('authoring.lesson.duration')}>
              <InputNumber min={1} max={10000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        {lesson.kind === 'text' ? (
          <Form.Item label={t('authoring.lesson.body')} extra={t('authoring.lesson.bodyHelp')}>
            <RichTextEditor value={bodyHtml} onChange={setBodyHtml} />
          </Form.Item>
        ) : null}
        {lesson.kind === 'video' ? (
          <>
            <Form.Item label={t('authoring.lesson.videoFile')}>
              {lesson.fileId ? <Tag color="green">{t('authoring.lesson.hasFile')}</Tag> : null}
              <FileUploadButton
                accept="video/mp4,video/webm"
                label={t('authoring.lesson.uploadVideo')}
                hint={t('authoring.lesson.videoHint')}
                maxBytes={500 * MB}
                upload={upload}
              />
            </Form.Item>
            <Form.Item
              name="externalUrl"
              label={t('authoring.lesson.externalUrl')}
              extra={t('authoring.lesson.externalUrlHelp')}
              rules={[{ type: 'url', message: t('authoring.lesson.urlInvalid') }]}
            >
              <Input placeholder="https://www.youtube.com/watch?v=…" />
            </Form.Item>
          </>
        ) : null}
        {lesson.kind === 'document' ? (
          <Form.Item label={t('authoring.lesson.documentFile')}>
            {lesson.fileId ? <Tag color="green">{t('authoring.lesson.hasFile')}</Tag> : null}
            <FileUploadButton
              accept="application/pdf"
              label={t('authoring.lesson.uploadDocument')}
              hint={t('authoring.lesson.documentHint')}
              maxBytes={50 * MB}
              upload={upload}
            />
          </Form.Item>
        ) : null}
        {lesson.kind === 'quiz' ? (
          <>
            <QuizSettingsFields />
            <Form.Item noStyle shouldUpdate>
              {() =>
                (form.getFieldValue('questionCount') ?? 0) > outline.questionCount ? (
                  <Alert
                    type="warning"
                    showIcon
                    style={{ marginBottom: 16 }}
                    message={t('authoring.quiz.bankTooSmall', { bank: outline.questionCount })}
                  />
                ) : null
              }
            </Form.Item>
          </>
        ) : null}
        {updateLesson.error ? <ErrorAlert error={updateLesson.error} /> : null}
        <Button type="primary" htmlType="submit" loading={updateLesson.isPending}>
          {t('authoring.lesson.save')}
        </Button>
      </Form>
    </Card>
  );
}
