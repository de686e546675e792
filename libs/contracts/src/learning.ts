/** Learning: catalogue, my learning, the lesson player, quizzes, assignments, notifications. */

export type EnrolmentStatus = 'assigned' | 'in_progress' | 'completed';
export type PlayerLessonKind = 'text' | 'video' | 'document' | 'quiz';
export type LessonStatus = 'not_started' | 'in_progress' | 'done' | 'passed' | 'failed';
export type AssignmentAudience = 'person' | 'unit' | 'subtree' | 'officers_in_subtree';

/** GET /api/courses (contract). */
export interface VisibleCourse {
  code: string;
  title: string;
  hours: number;
}

/** GET /api/me/courses (contract): exactly these fields. */
export interface MyCourse {
  code: string;
  title: string;
  status: EnrolmentStatus;
  progress: number;
  dueOn: string | null;
  completedOn: string | null;
}

/** One course in GET /api/me/learning. */
export interface MyLearningItem extends MyCourse {
  summary: string;
  hours: number;
  source: 'self' | 'assignment';
  versionNo: number | null;
  scorePercent: number | null;
  overdue: boolean;
}

export interface MyLearning {
  summary: {
    assigned: number;
    inProgress: number;
    completed: number;
    dueSoon: number;
    overdue: number;
  };
  assigned: MyLearningItem[];
  inProgress: MyLearningItem[];
  completed: MyLearningItem[];
  /** Not completed, due within 7 days. */
  dueSoon: MyLearningItem[];
  overdue: MyLearningItem[];
}

/** GET /api/catalogue: courses open to self-enrolment. */
export interface CatalogueCourse extends VisibleCourse {
  summary: string;
  enrolled: boolean;
}

export interface EnrolResult {
  code: string;
  status: EnrolmentStatus;
  created: boolean;
}

export interface OutlineLesson {
  id: string;
  kind: PlayerLessonKind;
  title: string;
  required: boolean;
  durationMinutes: number | null;
  status: LessonStatus;
  /** Seconds into a video, or a 0..1 reading position. */
  position: number;
}

export interface OutlineSection {
  id: string;
  title: string;
  lessons: OutlineLesson[];
}

/** GET /api/learn/:courseCode: the learner's pinned version. */
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

export interface LearnerQuizSettings {
  questionCount: number;
  passPercent: number;
  attemptLimit: number | null;
  timeLimitSeconds: number | null;
  shuffle: boolean;
}

export interface AttemptSummary {
  id: string;
  attemptNo: number;
  scorePercent: number | null;
  passed: boolean | null;
  submittedAt: string | null;
}

export interface QuizLessonState {
  settings: LearnerQuizSettings;
  bestAttempt: AttemptSummary | null;
  openAttemptId: string | null;
  attemptsUsed: number;
  /** null: unlimited. */
  attemptsLeft: number | null;
}

/** GET /api/learn/:courseCode/lessons/:lessonId */
export interface LessonContent {
  id: string;
  kind: PlayerLessonKind;
  title: string;
  required: boolean;
  status: LessonStatus;
  position: number;
  bodyHtml: string | null;
  /** Video or document: the file route, or the external link. */
  url: string | null;
  quiz: QuizLessonState | null;
}

export interface ProgressUpdate {
  position: number;
  completed?: boolean;
}

export interface ProgressResult {
  lessonStatus: LessonStatus;
  position: number;
  progress: number;
  status: EnrolmentStatus;
  completedOn: string | null;
}

/** A question as the learner sees it during an attempt: never which options are correct. */
export interface AttemptQuestion {
  id: string;
  kind: 'single' | 'multiple' | 'true_false';
  text: string;
  options: { key: string; text: string }[];
}

export interface QuizAttemptView {
  id: string;
  attemptNo: number;
  startedAt: string;
  deadlineAt: string | null;
  submittedAt: string | null;
  questions: AttemptQuestion[];
  answers: Record<string, string[]>;
}

export interface SaveAnswersRequest {
  answers: Record<string, string[]>;
}

/** What an autosave answers: the attempt's answers as now stored (the questions do not change). */
export interface SavedAnswers {
  id: string;
  deadlineAt: string | null;
  answers: Record<string, string[]>;
}

export interface QuestionResult {
  questionId: string;
  chosen: string[];
  correct: boolean;
  correctKeys: string[];
  explanation: string;
}

/** POST /api/attempts/:id/submit: the same answer for every repeat of the call. */
export interface AttemptResult {
  id: string;
  attemptNo: number;
  submittedAt: string;
  scorePercent: number;
  passed: boolean;
  /** True when the deadline had passed: scored with the answers saved before it. */
  late: boolean;
  questions: QuestionResult[];
  courseStatus: EnrolmentStatus;
  completedOn: string | null;
}

export interface CreateCourseAssignmentRequest {
  courseCode: string;
  audience: AssignmentAudience;
  staffCode?: string;
  unitCode?: string;
  dueOn?: string;
  includeNewcomers: boolean;
}

export interface CourseAssignmentResult {
  assignmentId: string;
  enrolled: number;
  alreadyEnrolled: number;
}

export interface CourseAssignmentListItem {
  id: string;
  courseCode: string;
  courseTitle: string;
  audience: AssignmentAudience;
  unitCode: string | null;
  staffCode: string | null;
  dueOn: string | null;
  /** A standing rule: people joining the audience later are enrolled too. */
  includeNewcomers: boolean;
  ruleActive: boolean;
  createdAt: string;
  endedAt: string | null;
  enrolled: number;
  completed: number;
}

export interface ApplyRulesResult {
  enrolled: number;
}

export type NotificationKind =
  'course_assigned' | 'due_soon' | 'overdue' | 'course_completed' | 'certificate_issued';

export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  data: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
}

export interface MyNotifications {
  unread: number;
  items: NotificationItem[];
}

export interface TrainingProgressRow {
  staffCode: string;
  fullName: string;
  unitCode: string;
  unitName: string;
  courseCode: string;
  courseTitle: string;
  status: EnrolmentStatus;
  progress: number;
  scorePercent: number | null;
  dueOn: string | null;
  completedOn: string | null;
  overdue: boolean;
}

export interface TrainingProgressPage {
  rows: TrainingProgressRow[];
  total: number;
  page: number;
  pageSize: number;
}
