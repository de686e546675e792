import { sanitizeLessonHtml } from '../courses/lesson-html.sanitizer';
import type { QuestionOption } from '../courses/question.entity';
import { KHTT_COURSE } from './demo-courses-khtt.data';
import { KNTT_COURSE } from './demo-courses-kntt.data';
import { PNBC_COURSE } from './demo-courses-pnbc.data';
import { QTNQ71_COURSE } from './demo-courses-qtnq71.data';
import { TTS_COURSE } from './demo-courses-tts.data';
import { DEMO_QUIZ, type DemoCourse } from './demo-courses.types';
import { demoUuid } from './demo-certificates.planner';

/** The demo catalogue: the Resolution 71 briefing, then the four BDTT communication courses. */
export const DEMO_COURSES: readonly DemoCourse[] = [
  QTNQ71_COURSE,
  KNTT_COURSE,
  TTS_COURSE,
  PNBC_COURSE,
  KHTT_COURSE,
];

/** Every demo course went live on this day (fixed: the seed never reads today). */
export const DEMO_COURSES_PUBLISHED_AT = '2026-02-16T08:00:00+07:00';

export interface LessonRow {
  id: string;
  course_version_id: string;
  section_id: string;
  position: number;
  kind: string;
  title: string;
  duration_minutes: number;
  body_html: string | null;
  external_url: string | null;
  quiz_question_count: number | null;
  quiz_shuffle: boolean;
  quiz_pass_percent: number | null;
  quiz_attempt_limit: number | null;
}

export interface QuestionRow {
  id: string;
  course_version_id: string;
  position: number;
  kind: string;
  text: string;
  options: QuestionOption[];
  explanation: string;
}

/** The rows of one course's published version 1, with ids derived from the seed. */
export interface CourseRows {
  code: string;
  programmeCode: string;
  courseId: string;
  versionId: string;
  course: { id: string; code: string; title: string; summary: string; hours: number };
  sections: { id: string; course_version_id: string; position: number; title: string }[];
  /** In learning order (section by section). */
  lessons: LessonRow[];
  questions: QuestionRow[];
}

const nfc = (text: string): string => text.normalize('NFC').trim();

export function demoCourseRows(seed: number, course: DemoCourse): CourseRows {
  const id = (name: string) => demoUuid(seed, `course:${course.code}:${name}`);
  const versionId = id('v1');
  const sections = course.sections.map((s, i) => ({
    id: id(`s${i}`),
    course_version_id: versionId,
    position: i + 1,
    title: nfc(s.title),
  }));
  const lessons = course.sections.flatMap((s, i) =>
    s.lessons.map((l, j): LessonRow => ({
      id: id(`s${i}l${j}`),
      course_version_id: versionId,
      section_id: sections[i].id,
      position: j + 1,
      kind: l.kind,
      title: nfc(l.title),
      duration_minutes: l.minutes,
      body_html: l.kind === 'text' ? sanitizeLessonHtml(l.html.normalize('NFC')) : null,
      external_url: l.kind === 'video' ? l.url : null,
      quiz_question_count: l.kind === 'quiz' ? DEMO_QUIZ.questionCount : null,
      quiz_shuffle: l.kind === 'quiz' && DEMO_QUIZ.shuffle,
      quiz_pass_percent: l.kind === 'quiz' ? DEMO_QUIZ.passPercent : null,
      quiz_attempt_limit: l.kind === 'quiz' ? DEMO_QUIZ.attemptLimit : null,
    })),
  );
  const questions = course.questions.map((q, i): QuestionRow => ({
    id: id(`q${i}`),
    course_version_id: versionId,
    position: i + 1,
    kind: q.kind,
    text: nfc(q.text),
    options: q.options.map((o) => ({ ...o, text: nfc(o.text) })),
    explanation: nfc(q.explanation),
  }));
  return {
    code: course.code,
    programmeCode: course.programmeCode,
    courseId: id('course'),
    versionId,
    course: {
      id: id('course'),
      code: course.code,
      title: nfc(course.title),
      summary: nfc(course.summary),
      hours: course.hours,
    },
    sections,
    lessons,
    questions,
  };
}
