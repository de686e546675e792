/** Course authoring: courses, versions, outlines, lessons, the question bank, programme composition. */

export type CourseStatus = 'draft' | 'published' | 'archived';
export type CourseVersionStatus = 'draft' | 'published' | 'superseded';
export type LessonKind = 'text' | 'video' | 'document' | 'quiz';
export type QuestionKind = 'single' | 'multiple' | 'true_false';

export interface AuthoringCourseListItem {
  code: string;
  title: string;
  hours: number;
  status: CourseStatus;
  selfEnrol: boolean;
  owner: { id: string; username: string; displayName: string };
  publishedVersionNo: number | null;
  draftVersionNo: number | null;
  updatedAt: string;
}

export interface CreateCourseRequest {
  code: string;
  title: string;
  summary: string;
  hours: number;
  selfEnrol: boolean;
}

export interface UpdateCourseRequest {
  title?: string;
  summary?: string;
  hours?: number;
  selfEnrol?: boolean;
  status?: 'archived';
}

export interface QuizSettings {
  questionCount: number;
  shuffle: boolean;
  /** Pass mark in percent, 0..100. */
  passPercent: number;
  /** null: unlimited attempts. */
  attemptLimit: number | null;
  /** null: no time limit. */
  timeLimitSeconds: number | null;
}

export interface AuthoringLesson {
  id: string;
  kind: LessonKind;
  title: string;
  required: boolean;
  position: number;
  durationMinutes: number | null;
  bodyHtml?: string;
  fileId?: string;
  externalUrl?: string;
  quiz?: QuizSettings;
}

export interface AuthoringSection {
  id: string;
  title: string;
  position: number;
  lessons: AuthoringLesson[];
}

/** The editable version of a course: the draft if there is one, else the published one. */
export interface CourseOutline {
  code: string;
  title: string;
  summary: string;
  hours: number;
  status: CourseStatus;
  selfEnrol: boolean;
  coverFileId: string | null;
  version: { id: string; versionNo: number; status: CourseVersionStatus };
  publishedVersionNo: number | null;
  sections: AuthoringSection[];
  /** Size of the version's question bank. */
  questionCount: number;
}

export interface CreateSectionRequest {
  title: string;
}

export interface LessonInput {
  kind: LessonKind;
  title: string;
  required: boolean;
  durationMinutes?: number | null;
  bodyHtml?: string;
  externalUrl?: string | null;
  quiz?: QuizSettings;
}

export type UpdateLessonRequest = Partial<Omit<LessonInput, 'kind'>>;

/** Every section of the version, in order, each with every lesson it holds, in order. */
export interface OutlineOrderRequest {
  sections: { id: string; lessonIds: string[] }[];
}

export interface QuestionOptionView {
  key: string;
  text: string;
  correct: boolean;
}

export interface QuestionView {
  id: string;
  position: number;
  kind: QuestionKind;
  text: string;
  options: QuestionOptionView[];
  explanation: string;
}

export interface QuestionInput {
  kind: QuestionKind;
  text: string;
  options: QuestionOptionView[];
  explanation: string;
}

/** What a learner's player shows: the content, and the bank without its answers. */
export interface CoursePreview extends CourseOutline {
  questions: {
    id: string;
    kind: QuestionKind;
    text: string;
    options: { key: string; text: string }[];
  }[];
}

export interface ProgrammeCourses {
  programme: { code: string; name: string };
  courses: { code: string; title: string; status: CourseStatus }[];
}

export interface SetProgrammeCoursesRequest {
  courseCodes: string[];
}
