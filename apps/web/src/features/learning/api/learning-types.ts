/**
 * The learning runtime's shapes, from `@loa/contracts` (learning.ts). The learner's outline is
 * named `CourseOutline` there and in courses.ts alike, so the index cannot export it; until one
 * is renamed, it is restated here field for field.
 */
import type { EnrolmentStatus, LessonContent, OutlineSection } from '@loa/contracts';

export type {
  AttemptQuestion,
  AttemptResult,
  CatalogueCourse,
  EnrolmentStatus,
  EnrolResult,
  LessonContent,
  LessonStatus,
  MyLearning,
  MyLearningItem,
  MyNotifications,
  NotificationItem,
  OutlineLesson,
  OutlineSection,
  ProgressResult,
  ProgressUpdate,
  QuestionResult,
  QuizAttemptView,
  QuizLessonState,
} from '@loa/contracts';

export type LessonKind = LessonContent['kind'];

/** GET /api/learn/:courseCode (learning.ts `CourseOutline`). */
export interface LearnerCourseOutline {
  code: string;
  title: string;
  summary: string;
  hours: number;
  versionNo: number;
  status: EnrolmentStatus;
  progress: number;
  dueOn: string | null;
  completedOn: string | null;
  resumeLessonId: string | null;
  sections: OutlineSection[];
}
