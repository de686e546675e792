import { todayInVietnam } from '../../src/common/dates';
import { createTestApp, TestApp } from '../create-test-app';
import {
  createCourse,
  createProgramme,
  enrol,
  QuestionSpec,
  signedInLearner,
} from '../factories/courses.factory';

const BANK: QuestionSpec[] = [
  { text: 'Câu 1', correct: ['a'] },
  { text: 'Câu 2', correct: ['b'] },
  { text: 'Câu 3', correct: ['a', 'c'] },
  { text: 'Câu 4', correct: ['d'] },
  { text: 'Câu 5', correct: ['c'] },
];

/** The right answer of each bank question, by text, so a test can answer whatever was drawn. */
const RIGHT: Record<string, string[]> = Object.fromEntries(BANK.map((q) => [q.text, q.correct]));

describe('learning: quizzes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function quizSetup(quiz: {
    questionCount?: number;
    passPercent?: number;
    attemptLimit?: number | null;
    timeLimitSeconds?: number | null;
    shuffle?: boolean;
  }) {
    const course = await createCourse(t.dataSource, {
      lessons: [
        {
          kind: 'quiz',
          quiz: { questionCount: 3, passPercent: 60, ...quiz },
        },
      ],
      questions: BANK,
    });
    const learner = await signedInLearner(t);
    const enrolment = await enrol(t.dataSource, learner.person.id, course.id);
    const auth = `Bearer ${learner.token}`;
    const start = () =>
      t
        .http()
        .post(`/api/learn/${course.code}/lessons/${course.lessonIds[0]}/attempts`)
        .set('Authorization', auth);
    return { course, learner, enrolment, auth, start };
  }

  const answersFor = (questions: { id: string; text: string }[], right = true) =>
    Object.fromEntries(questions.map((q) => [q.id, right ? RIGHT[q.text] : ['b', 'd']]));

  it('draws the questions without the correct answers and returns the open attempt again', async () => {
    const { start } = await quizSetup({ shuffle: true });
    const attempt = await start();
    expect(attempt.status).toBe(201);
    expect(attempt.body.questions).toHaveLength(3);
    expect(new Set(attempt.body.questions.map((q: { id: string }) => q.id)).size).toBe(3);
    expect(JSON.stringify(attempt.body)).not.toMatch(/correct/);
    expect(attempt.body.questions[0].options[0]).toEqual({
      key: expect.any(String),
      text: expect.any(String),
    });
    const again = await start();
    expect(again.body.id).toBe(attempt.body.id);
    expect(again.body.questions).toEqual(attempt.body.questions);
  });

  it('autosaves, scores on submit with the correct keys, and refuses changes afterwards', async () => {
    const { start, auth } = await quizSetup({});
    const attempt = (await start()).body;
    const [q1, q2] = attempt.questions;
    const saved = await t
      .http()
      .put(`/api/attempts/${attempt.id}/answers`)
      .set('Authorization', auth)
      .send({ answers: { [q1.id]: RIGHT[q1.text] } });
    expect(saved.status).toBe(200);
    expect(saved.body.answers).toEqual({ [q1.id]: RIGHT[q1.text] });
    await t
      .http()
      .put(`/api/attempts/${attempt.id}/answers`)
      .set('Authorization', auth)
      .send({ answers: { [q2.id]: ['zz'] } });

    const result = await t
      .http()
      .post(`/api/attempts/${attempt.id}/submit`)
      .set('Authorization', auth)
      .send({});
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ scorePercent: 33.33, passed: false, late: false });
    expect(result.body.questions[0]).toEqual({
      questionId: q1.id,
      chosen: RIGHT[q1.text],
      correct: true,
      correctKeys: RIGHT[q1.text],
      explanation: expect.any(String),
    });
    expect(result.body.questions[1]).toMatchObject({ correct: false, correctKeys: RIGHT[q2.text] });

    const late = await t
      .http()
      .put(`/api/attempts/${attempt.id}/answers`)
      .set('Authorization', auth)
      .send({ answers: { [q2.id]: RIGHT[q2.text] } });
    expect(late.status).toBe(409);
    expect(late.body.message).toBe('Bài làm đã được nộp, không thể sửa câu trả lời');
    const retry = await t
      .http()
      .post(`/api/attempts/${attempt.id}/submit`)
      .set('Authorization', auth)
      .send({ answers: answersFor(attempt.questions) });
    expect(retry.body).toEqual(result.body);

    const bad = await t
      .http()
      .put(`/api/attempts/${attempt.id}/answers`)
      .set('Authorization', auth)
      .send({ answers: { 'not-a-question': ['a'] } });
    expect(bad.status).toBe(400);
  });

  it('autosaves concurrent answers without losing one, and answers with the stored answers only', async () => {
    const { start, auth } = await quizSetup({ questionCount: 5, timeLimitSeconds: 600 });
    const attempt = (await start()).body;
    const saves = await Promise.all(
      attempt.questions.map((q: { id: string; text: string }) =>
        t
          .http()
          .put(`/api/attempts/${attempt.id}/answers`)
          .set('Authorization', auth)
          .send({ answers: { [q.id]: RIGHT[q.text] } }),
      ),
    );
    expect(saves.map((s) => s.status)).toEqual([200, 200, 200, 200, 200]);
    // The bank is not sent again on every autosave, least of all its correct answers.
    expect(Object.keys(saves[0].body).sort()).toEqual(['answers', 'deadlineAt', 'id']);
    expect(saves[0].body).toMatchObject({ id: attempt.id, deadlineAt: attempt.deadlineAt });
    const reopened = await start();
    expect(reopened.body.answers).toEqual(answersFor(attempt.questions));

    const malformedId = await t
      .http()
      .put('/api/attempts/not-a-uuid/answers')
      .set('Authorization', auth)
      .send({ answers: {} });
    expect(malformedId.status).toBe(404);
    const notAList = await t
      .http()
      .put(`/api/attempts/${attempt.id}/answers`)
      .set('Authorization', auth)
      .send({ answers: { [attempt.questions[0].id]: 'a' } });
    expect(notAList.status).toBe(400);
  });

  it('concurrent final submits record one attempt, one completion and one certificate', async () => {
    const { course, learner, enrolment, start, auth } = await quizSetup({});
    const programmeCode = await createProgramme(t.dataSource, [course.id]);
    const attempt = (await start()).body;
    await t
      .http()
      .put(`/api/attempts/${attempt.id}/answers`)
      .set('Authorization', auth)
      .send({ answers: answersFor(attempt.questions) });

    // Double clicks, retries and tabs; some send no body at all.
    const responses = await Promise.all(
      Array.from({ length: 5 }, (_, i) => {
        const request = t
          .http()
          .post(`/api/attempts/${attempt.id}/submit`)
          .set('Authorization', auth);
        return i % 2 === 0 ? request.send({}) : request;
      }),
    );
    for (const response of responses) {
      expect(response.status).toBe(200);
      expect(response.body).toEqual(responses[0].body);
    }
    expect(responses[0].body).toMatchObject({
      scorePercent: 100,
      passed: true,
      courseStatus: 'completed',
      completedOn: todayInVietnam(),
    });
    const attempts = await t.dataSource.query(
      `SELECT submitted_at FROM quiz_attempts WHERE enrolment_id = $1`,
      [enrolment.id],
    );
    expect(attempts).toHaveLength(1);
    const completions = await t.dataSource.query(
      `SELECT score_percent, course_version_id FROM course_completions WHERE enrolment_id = $1`,
      [enrolment.id],
    );
    expect(completions).toEqual([{ score_percent: '100.00', course_version_id: course.versionId }]);
    const certificates = await t.dataSource.query(
      `SELECT c.issued_on::text, c.source FROM certificates c JOIN programmes p ON p.id = c.programme_id
        WHERE c.person_id = $1 AND p.code = $2`,
      [learner.person.id, programmeCode],
    );
    expect(certificates).toEqual([{ issued_on: todayInVietnam(), source: 'loa' }]);
    const lesson = await t
      .http()
      .get(`/api/learn/${course.code}/lessons/${course.lessonIds[0]}`)
      .set('Authorization', auth);
    expect(lesson.body.status).toBe('passed');
    expect(lesson.body.quiz.bestAttempt).toMatchObject({ scorePercent: 100, passed: true });
  });

  it('two tabs starting the quiz at once get the same attempt', async () => {
    const { start, enrolment } = await quizSetup({});
    const [a, b] = await Promise.all([start(), start()]);
    expect(a.body.id).toBe(b.body.id);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM quiz_attempts WHERE enrolment_id = $1`,
      [enrolment.id],
    );
    expect(count).toBe(1);
  });

  it('finishing the two courses of a programme at the same moment issues its certificate once', async () => {
    const first = await createCourse(t.dataSource, { lessons: [{ kind: 'text' }] });
    const second = await createCourse(t.dataSource, { lessons: [{ kind: 'text' }] });
    const programmeCode = await createProgramme(t.dataSource, [first.id, second.id]);
    const learner = await signedInLearner(t);
    await enrol(t.dataSource, learner.person.id, first.id);
    await enrol(t.dataSource, learner.person.id, second.id);
    const finish = (course: typeof first) =>
      t
        .http()
        .post(`/api/learn/${course.code}/lessons/${course.lessonIds[0]}/progress`)
        .set('Authorization', `Bearer ${learner.token}`)
        .send({ position: 1, completed: true })
        .then((response) => response);

    // Hold completions back until both requests are waiting, so they truly overlap.
    const gate = t.dataSource.createQueryRunner();
    await gate.connect();
    await gate.startTransaction();
    await gate.query(`LOCK TABLE course_completions IN EXCLUSIVE MODE`);
    const [{ pid }] = await gate.query(`SELECT pg_backend_pid() AS pid`);
    const pending = Promise.all([finish(first), finish(second)]);
    const waiting = async (): Promise<number> =>
      (
        await t.dataSource.query(
          `WITH b AS (SELECT pid, pg_blocking_pids(pid) AS by FROM pg_stat_activity)
           SELECT count(*)::int AS n FROM b
            WHERE $1 = ANY(b.by)
               OR EXISTS (SELECT 1 FROM b b2 WHERE $1 = ANY(b2.by) AND b2.pid = ANY(b.by))`,
          [pid],
        )
      )[0].n;
    while ((await waiting()) < 2) await new Promise((resolve) => setImmediate(resolve));
    await gate.commitTransaction();
    await gate.release();

    for (const result of await pending) expect(result.body.status).toBe('completed');
    const certificates = await t.dataSource.query(
      `SELECT c.id FROM certificates c JOIN programmes p ON p.id = c.programme_id
        WHERE c.person_id = $1 AND p.code = $2`,
      [learner.person.id, programmeCode],
    );
    expect(certificates).toHaveLength(1);
  });

  it('refuses an attempt beyond the limit with a Vietnamese message', async () => {
    const { start, auth } = await quizSetup({ attemptLimit: 1 });
    const attempt = (await start()).body;
    await t
      .http()
      .post(`/api/attempts/${attempt.id}/submit`)
      .set('Authorization', auth)
      .send({ answers: answersFor(attempt.questions, false) });
    const refused = await start();
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual({
      statusCode: 409,
      code: 'CONFLICT',
      message: 'Bạn đã dùng hết 1 lượt làm bài kiểm tra này',
    });
  });

  it('after the time limit refuses answers and the submission, scoring what was saved before', async () => {
    const { start, auth, course } = await quizSetup({ timeLimitSeconds: 600, attemptLimit: 2 });
    const attempt = (await start()).body;
    expect(
      new Date(attempt.deadlineAt).getTime() - new Date(attempt.startedAt).getTime(),
    ).toBeCloseTo(600_000, -3);
    const [q1, q2, q3] = attempt.questions;
    await t
      .http()
      .put(`/api/attempts/${attempt.id}/answers`)
      .set('Authorization', auth)
      .send({ answers: { [q1.id]: RIGHT[q1.text], [q2.id]: RIGHT[q2.text] } });
    // The clock runs out: the deadline is now past (beyond the 5 s grace).
    await t.dataSource.query(
      `UPDATE quiz_attempts SET deadline_at = now() - interval '10 seconds' WHERE id = $1`,
      [attempt.id],
    );
    const save = await t
      .http()
      .put(`/api/attempts/${attempt.id}/answers`)
      .set('Authorization', auth)
      .send({ answers: { [q3.id]: RIGHT[q3.text] } });
    expect(save.status).toBe(409);
    const submit = await t
      .http()
      .post(`/api/attempts/${attempt.id}/submit`)
      .set('Authorization', auth)
      .send({ answers: answersFor(attempt.questions) });
    expect(submit.status).toBe(409);
    expect(submit.body.message).toMatch(/^Đã hết thời gian làm bài/);
    const recorded = await t
      .http()
      .post(`/api/attempts/${attempt.id}/submit`)
      .set('Authorization', auth)
      .send({});
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({ scorePercent: 66.67, passed: true, late: true });
    const lesson = await t
      .http()
      .get(`/api/learn/${course.code}/lessons/${course.lessonIds[0]}`)
      .set('Authorization', auth);
    expect(lesson.body.quiz).toMatchObject({ attemptsUsed: 1, attemptsLeft: 1 });
  });

  it('closes an expired open attempt when the next one starts', async () => {
    const { start } = await quizSetup({ timeLimitSeconds: 60 });
    const first = (await start()).body;
    await t.dataSource.query(
      `UPDATE quiz_attempts SET deadline_at = now() - interval '1 minute' WHERE id = $1`,
      [first.id],
    );
    const second = await start();
    expect(second.status).toBe(201);
    expect(second.body.attemptNo).toBe(2);
    const [closed] = await t.dataSource.query(
      `SELECT submitted_at IS NOT NULL AS submitted, score_percent FROM quiz_attempts WHERE id = $1`,
      [first.id],
    );
    expect(closed).toEqual({ submitted: true, score_percent: '0.00' });
  });

  it("answers 404 for someone else's attempt", async () => {
    const { start } = await quizSetup({});
    const attempt = (await start()).body;
    const other = await signedInLearner(t);
    const response = await t
      .http()
      .post(`/api/attempts/${attempt.id}/submit`)
      .set('Authorization', `Bearer ${other.token}`)
      .send({});
    expect(response.status).toBe(404);
    const save = await t
      .http()
      .put(`/api/attempts/${attempt.id}/answers`)
      .set('Authorization', `Bearer ${other.token}`)
      .send({ answers: {} });
    expect(save.status).toBe(404);
  });
});
