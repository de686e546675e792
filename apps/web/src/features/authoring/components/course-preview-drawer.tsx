import { Collapse, Drawer, Grid, Radio, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useCoursePreview } from '../api/authoring-courses';
import { LessonKindIcon } from './lesson-kind-icon';

interface CoursePreviewDrawerProps {
  courseCode: string;
  open: boolean;
  onClose: () => void;
}

/** "Xem trước như học viên": the editable version's lessons and bank as a learner gets them. */
export function CoursePreviewDrawer({ courseCode, open, onClose }: CoursePreviewDrawerProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const { data, isLoading, error } = useCoursePreview(courseCode, open);
  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={screens.md ? 720 : '100%'}
      title={t('authoring.preview.title')}
    >
      {error ? <ErrorAlert error={error} /> : null}
      {isLoading || !data ? (
        <Skeleton active />
      ) : (
        <>
          <Typography.Title level={4}>{data.title}</Typography.Title>
          <Typography.Paragraph type="secondary">{data.summary}</Typography.Paragraph>
          {data.sections.map((section) => (
            <div key={section.id} style={{ marginBottom: 16 }}>
              <Typography.Title level={5}>{section.title}</Typography.Title>
              <Collapse
                items={section.lessons.map((lesson) => ({
                  key: lesson.id,
                  label: (
                    <Space>
                      <LessonKindIcon kind={lesson.kind} />
                      {lesson.title}
                    </Space>
                  ),
                  children:
                    lesson.kind === 'text' ? (
                      <div
                        className="lesson-body"
                        style={{ lineHeight: 1.7, overflowWrap: 'anywhere' }}
                        dangerouslySetInnerHTML={{ __html: lesson.bodyHtml ?? '' }}
                      />
                    ) : lesson.kind === 'quiz' && lesson.quiz ? (
                      <Typography.Text>
                        {t('authoring.preview.quiz', {
                          count: lesson.quiz.questionCount,
                          pass: lesson.quiz.passPercent,
                        })}
                      </Typography.Text>
                    ) : lesson.fileId || lesson.externalUrl ? (
                      <Tag color="green">{lesson.externalUrl ?? t('authoring.lesson.hasFile')}</Tag>
                    ) : (
                      <Tag color="orange">{t('authoring.preview.noFile')}</Tag>
                    ),
                }))}
              />
            </div>
          ))}
          <Typography.Title level={5}>{t('authoring.preview.bank')}</Typography.Title>
          {data.questions.map((question, index) => (
            <div key={question.id} style={{ marginBottom: 12 }}>
              <Typography.Text strong>
                {index + 1}. {question.text}
              </Typography.Text>
              <div>
                <Radio.Group disabled>
                  <Space direction="vertical">
                    {question.options.map((option) => (
                      <Radio key={option.key} value={option.key}>
                        {option.text}
                      </Radio>
                    ))}
                  </Space>
                </Radio.Group>
              </div>
            </div>
          ))}
        </>
      )}
    </Drawer>
  );
}
