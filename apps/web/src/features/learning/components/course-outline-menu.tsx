import {
  CheckCircleTwoTone,
  CloseCircleTwoTone,
  FilePdfOutlined,
  FileTextOutlined,
  FormOutlined,
  PlayCircleOutlined,
} from '@ant-design/icons';
import { Menu, Progress, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LearnerCourseOutline, LessonKind, OutlineLesson } from '../api/learning-types';
import { isLessonFinished } from './outline-helpers';

const KIND_ICONS: Record<LessonKind, ReactNode> = {
  text: <FileTextOutlined />,
  video: <PlayCircleOutlined />,
  document: <FilePdfOutlined />,
  quiz: <FormOutlined />,
};

function lessonIcon(lesson: OutlineLesson): ReactNode {
  if (isLessonFinished(lesson.status)) return <CheckCircleTwoTone twoToneColor="#52c41a" />;
  if (lesson.status === 'failed') return <CloseCircleTwoTone twoToneColor="#ff4d4f" />;
  return KIND_ICONS[lesson.kind];
}

interface CourseOutlineMenuProps {
  outline: LearnerCourseOutline;
  currentLessonId: string | null;
  onOpen: (lessonId: string) => void;
}

/** The course's sections and lessons with their state; the current lesson is highlighted. */
export function CourseOutlineMenu({ outline, currentLessonId, onOpen }: CourseOutlineMenuProps) {
  const { t } = useTranslation();
  return (
    <div>
      <div style={{ padding: '0 12px 8px' }}>
        <Typography.Text type="secondary">{t('learning.progress')}</Typography.Text>
        <Progress
          percent={Math.round(Number(outline.progress) * 100)}
          status={outline.status === 'completed' ? 'success' : 'active'}
        />
      </div>
      <Menu
        mode="inline"
        selectedKeys={currentLessonId ? [currentLessonId] : []}
        defaultOpenKeys={outline.sections.map((section) => section.id)}
        onClick={({ key }) => onOpen(key)}
        style={{ borderInlineEnd: 0 }}
        items={outline.sections.map((section) => ({
          key: section.id,
          label: section.title,
          type: 'group' as const,
          children: section.lessons.map((lesson) => ({
            key: lesson.id,
            icon: lessonIcon(lesson),
            label: (
              <span title={lesson.title} data-testid={`outline-lesson-${lesson.id}`}>
                {lesson.title}
                {lesson.required ? null : (
                  <Typography.Text type="secondary"> ({t('learning.optional')})</Typography.Text>
                )}
              </span>
            ),
          })),
        }))}
      />
    </div>
  );
}
