import type { MyCourse, TrainingProgressPage } from '@loa/contracts';
import { DataSource } from 'typeorm';
import {
  createSeededDemoApp,
  DEMO_SEED_TIMEOUT_MS,
  SeededDemoApp,
} from '../support/seeded-demo-app';
import { LEARNER_COMPLETED_ON } from '../../src/modules/demo/demo-certificates.writer';

/**
 * The demo courses, on a database of this suite's own in the run's cluster (the demo needs an
 * empty database; see demo.e2e-spec.ts), seeded once and served by the real app.
 */
const COURSE_CODES = ['KHTT', 'KNTT', 'PNBC', 'QTNQ71', 'TTS'];
const BDTT_CODES = ['KHTT', 'KNTT', 'PNBC', 'TTS'];

describe('demo courses', () => {
  let demo: SeededDemoApp;
  let ds: DataSource;
  const login = (username: string) => demo.login(username);
  const get = (token: string, path: string) => demo.get(token, path);

  beforeAll(async () => {
    demo = await createSeededDemoApp('courses');
    ds = demo.ds;
  }, DEMO_SEED_TIMEOUT_MS);

  afterAll(() => demo?.close());

  it('lists the five demo courses to the learner, with Vietnamese titles', async () => {
    const learner = await login('learner');
    const response = await get(learner, '/api/courses');
    expect(response.status).toBe(200);
    const courses = response.body as { code: string; title: string }[];
    const demo = courses.filter((c) => COURSE_CODES.includes(c.code));
    expect(demo.map((c) => c.code).sort()).toEqual(COURSE_CODES);
    expect(demo.find((c) => c.code === 'QTNQ71')?.title).toBe('Quán triệt Nghị quyết 71-NQ/TW');
    for (const course of demo)
      expect(course.title).toMatch(/[ăâđêôơưạảấầẩậắằẳặẹẻếềểệịọỏốồổộớờởợụủứừửự]/i);
  });

  it('shows the learner BDTT courses done by the certificate day and QTNQ71 still to do', async () => {
    const learner = await login('learner');
    const response = await get(learner, '/api/me/courses');
    expect(response.status).toBe(200);
    const mine = new Map((response.body as MyCourse[]).map((c) => [c.code, c]));
    for (const code of BDTT_CODES) {
      expect(mine.get(code)).toMatchObject({ status: 'completed', progress: 1 });
      expect(mine.get(code)!.completedOn! <= LEARNER_COMPLETED_ON).toBe(true);
    }
    expect(mine.get('QTNQ71')).toMatchObject({ status: 'in_progress', dueOn: '2026-12-31' });
    expect(mine.get('QTNQ71')!.progress).toBeGreaterThan(0);
    expect(mine.get('QTNQ71')!.progress).toBeLessThan(1);
  });

  it('records a passed quiz attempt and the version for every completion', async () => {
    const rows: { code: string; version_no: number; score: string; passed: boolean }[] =
      await ds.query(
        `SELECT c.code, v.version_no, cc.score_percent::text AS score, qa.passed
           FROM course_completions cc
           JOIN courses c ON c.id = cc.course_id
           JOIN course_versions v ON v.id = cc.course_version_id
           JOIN quiz_attempts qa ON qa.enrolment_id = cc.enrolment_id
           JOIN people p ON p.id = cc.person_id JOIN users u ON u.person_id = p.id
          WHERE u.username = 'learner' ORDER BY c.code`,
      );
    expect(rows.map((r) => r.code)).toEqual(BDTT_CODES);
    for (const row of rows)
      expect(row).toMatchObject({ version_no: 1, score: '90.00', passed: true });
  });

  it('opens a course in the player for the learner', async () => {
    const learner = await login('learner');
    const response = await get(learner, '/api/learn/QTNQ71');
    expect(response.status).toBe(200);
    expect(JSON.stringify(response.body)).toContain('Nghị quyết 71-NQ/TW');
  });

  it('gives every course a quiz drawing 10 from a bank of 10 or more well-formed questions', async () => {
    const quizzes: { code: string; count: number; pass: number; bank: number }[] = await ds.query(
      `SELECT c.code, l.quiz_question_count AS count, l.quiz_pass_percent AS pass,
              (SELECT count(*)::int FROM questions q WHERE q.course_version_id = l.course_version_id) AS bank
         FROM lessons l JOIN course_versions v ON v.id = l.course_version_id
         JOIN courses c ON c.id = v.course_id
        WHERE l.kind = 'quiz' AND c.code = ANY($1) ORDER BY c.code`,
      [COURSE_CODES],
    );
    expect(quizzes.map((q) => q.code)).toEqual(COURSE_CODES);
    for (const q of quizzes) {
      expect(q).toMatchObject({ count: 10, pass: 70 });
      expect(q.bank).toBeGreaterThanOrEqual(10);
    }
    const questions: { kind: string; options: { correct: boolean }[]; explanation: string }[] =
      await ds.query(
        `SELECT q.kind, q.options, q.explanation FROM questions q
           JOIN course_versions v ON v.id = q.course_version_id JOIN courses c ON c.id = v.course_id
          WHERE c.code = ANY($1)`,
        [COURSE_CODES],
      );
    for (const q of questions) {
      const correct = q.options.filter((o) => o.correct).length;
      if (q.kind === 'multiple') expect(correct).toBeGreaterThanOrEqual(1);
      else expect(correct).toBe(1);
      if (q.kind === 'true_false') expect(q.options).toHaveLength(2);
      expect(q.explanation.length).toBeGreaterThan(10);
    }
  });

  it('gives everyone who completed a whole programme a certificate of it', async () => {
    const rows: { username: string | null; certified: boolean }[] = await ds.query(
      `WITH done AS (
         SELECT cc.person_id, pc.programme_id FROM programme_courses pc
           JOIN course_completions cc ON cc.course_id = pc.course_id
          GROUP BY cc.person_id, pc.programme_id
         HAVING count(DISTINCT cc.course_id) =
                (SELECT count(*) FROM programme_courses p2 WHERE p2.programme_id = pc.programme_id))
       SELECT u.username, EXISTS (
                SELECT 1 FROM certificates c WHERE c.person_id = d.person_id
                   AND c.programme_id = d.programme_id AND c.revoked_on IS NULL) AS certified
         FROM done d LEFT JOIN users u ON u.person_id = d.person_id`,
    );
    expect(rows).toEqual([{ username: 'learner', certified: true }]);
  });

  it('stores every course text in NFC', async () => {
    const [row]: { bad: number }[] = await ds.query(
      `SELECT count(*)::int AS bad FROM (
         SELECT title AS t FROM courses UNION ALL SELECT summary FROM courses
         UNION ALL SELECT title FROM course_sections UNION ALL SELECT title FROM lessons
         UNION ALL SELECT coalesce(body_html, '') FROM lessons
         UNION ALL SELECT text FROM questions UNION ALL SELECT explanation FROM questions
         UNION ALL SELECT options::text FROM questions) x
        WHERE t IS NOT NFC NORMALIZED`,
    );
    expect(row.bad).toBe(0);
  });

  it('assigns the courses to the commune officers, some of whom have started', async () => {
    const manager = await login('manager');
    const rows: { status: string; n: number }[] = await ds.query(
      `SELECT e.status, count(*)::int AS n FROM enrolments e
         JOIN course_assignments ca ON ca.id = e.assignment_id JOIN units u ON u.id = ca.unit_id
        WHERE u.code = 'X10525' GROUP BY e.status`,
    );
    const by = Object.fromEntries(rows.map((r) => [r.status, r.n]));
    expect(by.assigned).toBeGreaterThan(10);
    expect(by.in_progress).toBeGreaterThanOrEqual(3);
    expect(by.completed).toBeGreaterThanOrEqual(8);
    const [author]: { grants: string[] }[] = await ds.query(
      `SELECT array_agg(g.role) AS grants FROM users u JOIN role_grants g ON g.user_id = u.id
        WHERE u.username = 'author'`,
    );
    expect(author.grants).toEqual(['course_author']);
    for (const status of ['assigned', 'in_progress', 'completed']) {
      const page = await get(manager, `/api/training/progress?course=KNTT&status=${status}`);
      expect(page.status).toBe(200);
      const body = page.body as TrainingProgressPage;
      expect(body.total).toBeGreaterThan(0);
      expect(body.rows.every((r) => r.courseCode === 'KNTT' && r.status === status)).toBe(true);
    }
  });
});
