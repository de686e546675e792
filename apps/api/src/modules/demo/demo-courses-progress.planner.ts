import type { CourseRows } from './demo-courses.data';
import { dayNumberToIso, isoToDayNumber } from './day-numbers';

/** One enrolment the assignments created: the officer and the course. */
export interface DemoEnrolment {
  id: string;
  personId: string;
  staffCode: string;
  courseCode: string;
}

type CourseState = { done: 'all'; on: string } | { done: number; on: string };

export interface DemoProgressRows {
  enrolments: {
    id: string;
    status: 'in_progress' | 'completed';
    progress: number;
    course_version_id: string;
    started_at: string;
    last_lesson_id: string;
  }[];
  lessonProgress: { enrolment_id: string; lesson_id: string; completed_at: string }[];
  attempts: {
    enrolment_id: string;
    lesson_id: string;
    question_ids: string[];
    answers: Record<string, string[]>;
    started_at: string;
    submitted_at: string;
    score_percent: number;
  }[];
  completions: {
    enrolment_id: string;
    person_id: string;
    course_id: string;
    course_version_id: string;
    completed_on: string;
    score_percent: number;
  }[];
}

/**
 * The demo learner's story: the four BDTT courses done between August and 18/09/2026, the day
 * the BDTT certificate is issued to them (demo-certificates.writer.ts); the Resolution 71
 * briefing (QTNQ71), assigned in October, half done — still to do before its due date.
 */
export const LEARNER_PLAN: Record<string, CourseState> = {
  KNTT: { done: 'all', on: '2026-08-14' },
  TTS: { done: 'all', on: '2026-08-28' },
  PNBC: { done: 'all', on: '2026-09-08' },
  KHTT: { done: 'all', on: '2026-09-18' },
  QTNQ71: { done: 2, on: '2026-10-20' },
};

/**
 * Other officers of the commune, by rank: a handful have started; none finishes all four BDTT
 * courses or QTNQ71 (either would call for a certificate of its programme, which the demo
 * certificates do not plan for them), the rest have not begun.
 */
const OTHERS_PLANS: Record<string, CourseState>[] = [
  {},
  { KNTT: { done: 'all', on: '2026-09-04' }, TTS: { done: 1, on: '2026-09-20' } },
  {
    KNTT: { done: 'all', on: '2026-08-25' },
    TTS: { done: 'all', on: '2026-09-15' },
    PNBC: { done: 2, on: '2026-10-02' },
    QTNQ71: { done: 2, on: '2026-10-12' },
  },
  { KNTT: { done: 2, on: '2026-10-08' } },
  {
    KNTT: { done: 'all', on: '2026-08-20' },
    TTS: { done: 'all', on: '2026-09-01' },
    PNBC: { done: 'all', on: '2026-09-29' },
    QTNQ71: { done: 1, on: '2026-11-03' },
  },
];
const OFFICERS_WITH_PROGRESS = 12;
const DEMO_SCORE = 90;

const at = (day: string, time: string) => `${day}T${time}:00+07:00`;
const shift = (day: string, days: number) => dayNumberToIso(isoToDayNumber(day) + days);

/** The progress rows of the demo commune's officers, deterministic from the enrolment list. */
export function planDemoProgress(
  enrolments: DemoEnrolment[],
  courses: CourseRows[],
  learnerStaffCode: string,
): DemoProgressRows {
  const byCode = new Map(courses.map((c) => [c.code, c]));
  const others = [...new Set(enrolments.map((e) => e.staffCode))]
    .filter((s) => s !== learnerStaffCode)
    .sort()
    .slice(0, OFFICERS_WITH_PROGRESS);
  const rank = new Map(others.map((s, i) => [s, i]));
  const rows: DemoProgressRows = {
    enrolments: [],
    lessonProgress: [],
    attempts: [],
    completions: [],
  };
  for (const e of enrolments) {
    const course = byCode.get(e.courseCode);
    const r = rank.get(e.staffCode);
    const plan =
      e.staffCode === learnerStaffCode
        ? LEARNER_PLAN
        : r === undefined
          ? {}
          : OTHERS_PLANS[r % OTHERS_PLANS.length];
    const state = plan[e.courseCode];
    if (!course || !state) continue;
    // Officers of the same plan finish a few days apart.
    const on =
      e.staffCode === learnerStaffCode ? state.on : shift(state.on, Math.floor((r ?? 0) / 5) * 3);
    addCourseState(rows, e, course, { ...state, on }, r ?? 0);
  }
  return rows;
}

function addCourseState(
  rows: DemoProgressRows,
  e: DemoEnrolment,
  course: CourseRows,
  state: CourseState,
  rank: number,
): void {
  const lessons = course.lessons;
  const done = state.done === 'all' ? lessons.length : Math.min(state.done, lessons.length - 1);
  const doneLessons = lessons.slice(0, done);
  const started = shift(state.on, -Math.max(done, 1) * 2);
  doneLessons.forEach((lesson, i) =>
    rows.lessonProgress.push({
      enrolment_id: e.id,
      lesson_id: lesson.id,
      completed_at: at(shift(state.on, -(done - 1 - i) * 2), '09:30'),
    }),
  );
  const complete = state.done === 'all';
  rows.enrolments.push({
    id: e.id,
    status: complete ? 'completed' : 'in_progress',
    progress: complete ? 1 : Math.round((done / lessons.length) * 10_000) / 10_000,
    course_version_id: course.versionId,
    started_at: at(started, '08:15'),
    last_lesson_id: (doneLessons.at(-1) ?? lessons[0]).id,
  });
  if (!complete) return;
  for (const quiz of lessons.filter((l) => l.kind === 'quiz')) {
    const bank = course.questions;
    const drawn = bank
      .map((_, i) => bank[(i + rank) % bank.length])
      .slice(0, quiz.quiz_question_count ?? bank.length);
    // Every answer right but the last, left blank: 90 %.
    const answers = Object.fromEntries(
      drawn.map((q, i) => [
        q.id,
        i < drawn.length - 1 ? q.options.filter((o) => o.correct).map((o) => o.key) : [],
      ]),
    );
    rows.attempts.push({
      enrolment_id: e.id,
      lesson_id: quiz.id,
      question_ids: drawn.map((q) => q.id),
      answers,
      started_at: at(state.on, '09:40'),
      submitted_at: at(state.on, '09:55'),
      score_percent: DEMO_SCORE,
    });
  }
  rows.completions.push({
    enrolment_id: e.id,
    person_id: e.personId,
    course_id: course.courseId,
    course_version_id: course.versionId,
    completed_on: state.on,
    score_percent: DEMO_SCORE,
  });
}
