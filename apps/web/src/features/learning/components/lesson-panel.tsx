import { CheckOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton, Tag } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import type { OutlineLesson } from '../api/learning-types';
import { useLesson, useRecordProgress } from '../api/player';
import { useThrottledProgress } from '../hooks/use-throttled-progress';
import { DocumentLesson } from './document-lesson';
import { isLessonFinished } from './outline-helpers';
import { QuizLesson } from './quiz-lesson';
import { TextLesson } from './text-lesson';
import { VideoLesson } from './video-lesson';

/** The API's own file route (streamed to enrolled learners) rather than an external link. */
const isFileRoute = (url: string | null): url is string => !!url && url.startsWith('/api/');

interface LessonPanelProps {
  courseCode: string;
  lesson: OutlineLesson;
  next: OutlineLesson | null;
  onOpen: (lessonId: string) => void;
}

/** One lesson by kind, recording progress as the learner goes, with "done" and "next". */
export function LessonPanel({ courseCode, lesson, next, onOpen }: LessonPanelProps) {
  const { t } = useTranslation();
  const { data: content, isLoading, error } = useLesson(courseCode, lesson.id);
  const progress = useRecordProgress(courseCode);
  const send = useCallback(
    (position: number) => progress.mutate({ lessonId: lesson.id, position }),
    [lesson.id],
  );
  const report = useThrottledProgress(send);
  const finished = isLessonFinished(lesson.status);
  const markDone = (position: number) =>
    progress.mutate({ lessonId: lesson.id, position, completed: true });

  const body = () => {
    if (error) return <ErrorAlert error={error} />;
    if (isLoading || !content) return <Skeleton active paragraph={{ rows: 6 }} />;
    switch (content.kind) {
      case 'text':
        return <TextLesson bodyHtml={content.bodyHtml ?? ''} onPosition={report} />;
      case 'video':
        return (
          <VideoLesson
            fileUrl={isFileRoute(content.url) ? content.url : null}
            externalUrl={isFileRoute(content.url) ? null : content.url}
            startAt={Number(content.position ?? 0)}
            onPosition={(seconds, ended) =>
              ended && !finished ? markDone(Math.round(seconds)) : report(Math.round(seconds))
            }
          />
        );
      case 'document':
        return <DocumentLesson fileUrl={content.url} title={content.title} />;
      case 'quiz':
        return content.quiz ? (
          <QuizLesson
            key={lesson.id}
            courseCode={courseCode}
            lessonId={lesson.id}
            quiz={content.quiz}
          />
        ) : null;
    }
  };

  return (
    <Card
      title={<span style={{ whiteSpace: 'normal' }}>{lesson.title}</span>}
      extra={
        finished ? <Tag color="success">{t(`learning.lessonStatus.${lesson.status}`)}</Tag> : null
      }
    >
      {body()}
      {progress.error && !progress.isPending ? <ErrorAlert error={progress.error} /> : null}
      <Flex justify="space-between" gap={8} wrap style={{ marginTop: 16 }}>
        {lesson.kind !== 'quiz' ? (
          <Button
            type={finished ? 'default' : 'primary'}
            icon={<CheckOutlined />}
            disabled={finished}
            loading={progress.isPending && progress.variables?.completed}
            onClick={() => markDone(1)}
            data-testid="lesson-done"
          >
            {finished ? t('learning.player.done') : t('learning.player.markDone')}
          </Button>
        ) : (
          <span />
        )}
        {next ? (
          <Button icon={<RightOutlined />} iconPosition="end" onClick={() => onOpen(next.id)}>
            {t('learning.player.next')}
          </Button>
        ) : null}
      </Flex>
    </Card>
  );
}
