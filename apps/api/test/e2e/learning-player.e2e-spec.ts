import { todayInVietnam } from '../../src/common/dates';
import { createTestApp, TestApp } from '../create-test-app';
import {
  createCourse,
  enrol,
  publishNewVersion,
  signedInLearner,
} from '../factories/courses.factory';

describe('learning: the lesson player', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('pins the version on first opening; a learner in progress stays on it after a new version', async () => {
    const course = await createCourse(t.dataSource, {
      lessons: [{ kind: 'text', title: 'Bài cũ', bodyHtml: '<p>Cũ</p>' }],
    });
    const early = await signedInLearner(t);
    await enrol(t.dataSource, early.person.id, course.id);
    const opened = await t
      .http()
      .get(`/api/learn/${course.code}`)
      .set('Authorization', `Bearer ${early.token}`);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ versionNo: 1, status: 'in_progress', progress: 0 });
    expect(opened.body.resumeLessonId).toBe(course.lessonIds[0]);

    const v2 = await publishNewVersion(t.dataSource, course, [
      { kind: 'text', title: 'Bài mới 1' },
      { kind: 'text', title: 'Bài mới 2' },
    ]);
    const again = await t
      .http()
      .get(`/api/learn/${course.code}`)
      .set('Authorization', `Bearer ${early.token}`);
    expect(again.body.versionNo).toBe(1);
    expect(again.body.sections[0].lessons.map((l: { title: string }) => l.title)).toEqual([
      'Bài cũ',
    ]);
    const newLesson = await t
      .http()
      .get(`/api/learn/${course.code}/lessons/${v2.lessonIds[0]}`)
      .set('Authorization', `Bearer ${early.token}`);
    expect(newLesson.status).toBe(404);

    const late = await signedInLearner(t);
    await enrol(t.dataSource, late.person.id, course.id);
    const fresh = await t
      .http()
      .get(`/api/learn/${course.code}`)
      .set('Authorization', `Bearer ${late.token}`);
    expect(fresh.body.versionNo).toBe(2);
    expect(fresh.body.sections[0].lessons).toHaveLength(2);
  });

  it('answers 404 to a learner not enrolled, and to a login without a person', async () => {
    const course = await createCourse(t.dataSource, { selfEnrol: true });
    const stranger = await signedInLearner(t);
    const outline = await t
      .http()
      .get(`/api/learn/${course.code}`)
      .set('Authorization', `Bearer ${stranger.token}`);
    expect(outline.status).toBe(404);
    const lesson = await t
      .http()
      .get(`/api/learn/${course.code}/lessons/${course.lessonIds[0]}`)
      .set('Authorization', `Bearer ${stranger.token}`);
    expect(lesson.status).toBe(404);
    const progress = await t
      .http()
      .post(`/api/learn/${course.code}/lessons/${course.lessonIds[0]}/progress`)
      .set('Authorization', `Bearer ${stranger.token}`)
      .send({ position: 1, completed: true });
    expect(progress.status).toBe(404);
  });

  it('serves lesson content: text as stored, video link, quiz settings without answers', async () => {
    const course = await createCourse(t.dataSource, {
      lessons: [
        { kind: 'text', bodyHtml: '<p>Đọc <strong>kỹ</strong></p>' },
        { kind: 'video', externalUrl: 'https://video.example/bai-2' },
        { kind: 'quiz', quiz: { questionCount: 2, passPercent: 80, attemptLimit: 3 } },
      ],
    });
    const learner = await signedInLearner(t);
    await enrol(t.dataSource, learner.person.id, course.id);
    const auth = `Bearer ${learner.token}`;
    const text = await t
      .http()
      .get(`/api/learn/${course.code}/lessons/${course.lessonIds[0]}`)
      .set('Authorization', auth);
    expect(text.status).toBe(200);
    expect(text.body).toMatchObject({
      kind: 'text',
      bodyHtml: '<p>Đọc <strong>kỹ</strong></p>',
      status: 'not_started',
      quiz: null,
    });
    const video = await t
      .http()
      .get(`/api/learn/${course.code}/lessons/${course.lessonIds[1]}`)
      .set('Authorization', auth);
    expect(video.body.url).toBe('https://video.example/bai-2');
    const quiz = await t
      .http()
      .get(`/api/learn/${course.code}/lessons/${course.lessonIds[2]}`)
      .set('Authorization', auth);
    expect(quiz.body.quiz).toEqual({
      settings: {
        questionCount: 2,
        passPercent: 80,
        attemptLimit: 3,
        timeLimitSeconds: null,
        shuffle: false,
      },
      bestAttempt: null,
      openAttemptId: null,
      attemptsUsed: 0,
      attemptsLeft: 3,
    });
    expect(JSON.stringify(quiz.body)).not.toMatch(/correct/);
  });

  it('records progress forward only, never undoes done, resumes, and completes once', async () => {
    const course = await createCourse(t.dataSource, {
      lessons: [
        { kind: 'text' },
        { kind: 'video', externalUrl: 'https://video.example/x' },
        { kind: 'text', required: false },
      ],
    });
    const learner = await signedInLearner(t);
    const { id: enrolmentId } = await enrol(t.dataSource, learner.person.id, course.id);
    const auth = `Bearer ${learner.token}`;
    const post = (lesson: number, body: object) =>
      t
        .http()
        .post(`/api/learn/${course.code}/lessons/${course.lessonIds[lesson]}/progress`)
        .set('Authorization', auth)
        .send(body);

    const first = await post(0, { position: 0.4 });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ lessonStatus: 'in_progress', position: 0.4, progress: 0 });
    expect((await post(0, { position: 0.2 })).body.position).toBe(0.4);
    const done = await post(0, { position: 1, completed: true });
    expect(done.body).toMatchObject({ lessonStatus: 'done', progress: 0.5, status: 'in_progress' });
    const undo = await post(0, { position: 0.1, completed: false });
    expect(undo.body).toMatchObject({ lessonStatus: 'done', position: 1, progress: 0.5 });

    await post(1, { position: 30 });
    const outline = await t.http().get(`/api/learn/${course.code}`).set('Authorization', auth);
    expect(outline.body.resumeLessonId).toBe(course.lessonIds[1]);
    expect(outline.body.sections[0].lessons.map((l: { status: string }) => l.status)).toEqual([
      'done',
      'in_progress',
      'not_started',
    ]);

    const [finished, twice] = await Promise.all([
      post(1, { position: 300, completed: true }),
      post(1, { position: 300, completed: true }),
    ]);
    for (const response of [finished, twice]) {
      expect(response.body).toMatchObject({
        progress: 1,
        status: 'completed',
        completedOn: todayInVietnam(),
      });
    }
    const completions = await t.dataSource.query(
      `SELECT course_version_id, completed_on::text, score_percent FROM course_completions WHERE enrolment_id = $1`,
      [enrolmentId],
    );
    expect(completions).toEqual([
      { course_version_id: course.versionId, completed_on: todayInVietnam(), score_percent: null },
    ]);
    const mine = await t.http().get('/api/me/courses').set('Authorization', auth);
    expect(mine.body[0]).toMatchObject({ status: 'completed', progress: 1 });
  });

  it('refuses a bad progress body', async () => {
    const course = await createCourse(t.dataSource);
    const learner = await signedInLearner(t);
    await enrol(t.dataSource, learner.person.id, course.id);
    const response = await t
      .http()
      .post(`/api/learn/${course.code}/lessons/${course.lessonIds[0]}/progress`)
      .set('Authorization', `Bearer ${learner.token}`)
      .send({ position: -1, extra: true });
    expect(response.status).toBe(400);
  });
});
