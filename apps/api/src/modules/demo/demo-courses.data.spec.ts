import { questionProblems } from '../courses/question-rules';
import { DEMO_COURSES, demoCourseRows } from './demo-courses.data';
import { LEARNER_PLAN, planDemoProgress } from './demo-courses-progress.planner';

const words = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;

describe('demo courses', () => {
  const rows = DEMO_COURSES.map((c) => demoCourseRows(1, c));

  it('has the five courses of the plans, the four communication ones in BDTT', () => {
    expect(rows.map((r) => [r.code, r.programmeCode])).toEqual([
      ['QTNQ71', 'QTNQ71'],
      ['KNTT', 'BDTT'],
      ['TTS', 'BDTT'],
      ['PNBC', 'BDTT'],
      ['KHTT', 'BDTT'],
    ]);
  });

  it.each(DEMO_COURSES.map((c) => [c.code, c] as const))('%s is well formed', (_, course) => {
    expect(course.hours).toBeGreaterThanOrEqual(4);
    expect(course.hours).toBeLessThanOrEqual(8);
    expect(course.sections.length).toBeGreaterThanOrEqual(2);
    const lessons = course.sections.flatMap((s) => s.lessons);
    expect(lessons.filter((l) => l.kind === 'quiz')).toHaveLength(1);
    const texts = lessons.flatMap((l) => (l.kind === 'text' ? [l.html] : []));
    expect(texts.length).toBeGreaterThanOrEqual(3);
    for (const html of texts) expect(words(html)).toBeGreaterThanOrEqual(300);
    expect(course.questions.length).toBeGreaterThanOrEqual(10);
    for (const q of course.questions) {
      expect(questionProblems(q)).toEqual([]);
      expect(q.explanation).not.toBe('');
    }
    expect(new Set(course.questions.map((q) => q.kind))).toEqual(
      new Set(['single', 'multiple', 'true_false']),
    );
  });

  it('keeps every text NFC and the lesson HTML unchanged by the sanitiser', () => {
    for (const r of rows) {
      const text = JSON.stringify(r);
      expect(text).toBe(text.normalize('NFC'));
    }
    const source = DEMO_COURSES.flatMap((c) => c.sections.flatMap((s) => s.lessons));
    const stored = rows.flatMap((r) => r.lessons);
    source.forEach((l, i) => {
      if (l.kind === 'text')
        expect(stored[i].body_html?.replace(/\s+/g, '')).toBe(l.html.replace(/\s+/g, ''));
    });
  });

  it('derives the same ids from the same seed', () => {
    expect(demoCourseRows(1, DEMO_COURSES[0])).toEqual(rows[0]);
    expect(demoCourseRows(2, DEMO_COURSES[0]).courseId).not.toBe(rows[0].courseId);
  });

  it('plans the learner: BDTT courses completed with a 90 % quiz, QTNQ71 half done', () => {
    const enrolments = rows.map((r, i) => ({
      id: `e${i}`,
      personId: 'p',
      staffCode: 'CB000001',
      courseCode: r.code,
    }));
    const plan = planDemoProgress(enrolments, rows, 'CB000001');
    expect(plan.completions.map((c) => c.completed_on)).toEqual(
      ['KNTT', 'TTS', 'PNBC', 'KHTT'].map((code) => LEARNER_PLAN[code].on),
    );
    expect(plan.attempts).toHaveLength(4);
    for (const a of plan.attempts) {
      expect(a.question_ids).toHaveLength(10);
      expect(Object.values(a.answers).filter((keys) => keys.length > 0)).toHaveLength(9);
    }
    const qtnq = plan.enrolments.find((e) => e.id === 'e0');
    expect(qtnq).toMatchObject({ status: 'in_progress', progress: 0.5 });
  });
});
