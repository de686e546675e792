import type { CourseOutline } from '@loa/contracts';
import { createTestApp, TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import { bearer, createCourse, singleChoice } from '../factories/authoring.factory';
import { unique } from '../factories/unique';

describe('course authoring', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const addLesson = (token: string, sectionId: string, body: Record<string, unknown>) =>
    t.http().post(`/api/authoring/sections/${sectionId}/lessons`).set(bearer(token)).send(body);
  const addQuestion = (token: string, code: string, body: Record<string, unknown>) =>
    t.http().post(`/api/authoring/courses/${code}/questions`).set(bearer(token)).send(body);
  const outlineOf = async (token: string, code: string): Promise<CourseOutline> =>
    (await t.http().get(`/api/authoring/courses/${code}`).set(bearer(token))).body;
  const quiz = {
    questionCount: 2,
    shuffle: true,
    passPercent: 80,
    attemptLimit: 3,
    timeLimitSeconds: null,
  };

  /** A course with a text lesson, a quiz of 2 and a bank of 2: ready to publish. */
  const publishable = async (token: string) => {
    const course = await createCourse(t, token);
    const sectionId = course.sections[0].id;
    expect(
      (
        await addLesson(token, sectionId, {
          kind: 'text',
          title: 'Đọc',
          required: true,
          bodyHtml: '<p>Nội dung</p>',
        })
      ).status,
    ).toBe(201);
    expect(
      (await addLesson(token, sectionId, { kind: 'quiz', title: 'Kiểm tra', required: true, quiz }))
        .status,
    ).toBe(201);
    expect((await addQuestion(token, course.code, singleChoice('Câu 1'))).status).toBe(201);
    expect((await addQuestion(token, course.code, singleChoice('Câu 2'))).status).toBe(201);
    return course.code;
  };

  it('lets only authors and administrators in: learners and managers 403, anonymous 401', async () => {
    const learner = await signedIn(t, [{ role: 'learner' }]);
    const manager = await signedIn(t, [{ role: 'unit_manager' }]);
    expect((await t.http().get('/api/authoring/courses').set(bearer(learner.token))).status).toBe(
      403,
    );
    expect((await t.http().get('/api/authoring/courses').set(bearer(manager.token))).status).toBe(
      403,
    );
    expect((await t.http().get('/api/authoring/courses')).status).toBe(401);
  });

  it('creates a course with a first draft version and answers its outline', async () => {
    const { token } = await signedIn(t, [{ role: 'course_author' }]);
    const code = unique('kh');
    const response = await t
      .http()
      .post('/api/authoring/courses')
      .set(bearer(token))
      .send({ code, title: 'Kỹ năng truyền thông', summary: 'Cơ bản', hours: 12, selfEnrol: true });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      code: code.toUpperCase(),
      title: 'Kỹ năng truyền thông',
      summary: 'Cơ bản',
      hours: 12,
      status: 'draft',
      selfEnrol: true,
      coverFileId: null,
      version: { id: expect.any(String), versionNo: 1, status: 'draft' },
      publishedVersionNo: null,
      sections: [],
      questionCount: 0,
    });
    const again = await t
      .http()
      .post('/api/authoring/courses')
      .set(bearer(token))
      .send({ code, title: 'Trùng', summary: '', hours: 1, selfEnrol: false });
    expect(again.status).toBe(409);
  });

  it("keeps an author out of another author's course (404) while administrators may edit it", async () => {
    const owner = await signedIn(t, [{ role: 'course_author' }]);
    const other = await signedIn(t, [{ role: 'course_author' }]);
    const admin = await signedIn(t, [{ role: 'department_admin' }]);
    const course = await createCourse(t, owner.token);
    const sectionId = course.sections[0].id;
    const asOther = bearer(other.token);
    expect((await t.http().get(`/api/authoring/courses/${course.code}`).set(asOther)).status).toBe(
      404,
    );
    expect(
      (
        await t
          .http()
          .patch(`/api/authoring/courses/${course.code}`)
          .set(asOther)
          .send({ title: 'X' })
      ).status,
    ).toBe(404);
    expect(
      (
        await t
          .http()
          .patch(`/api/authoring/sections/${sectionId}`)
          .set(asOther)
          .send({ title: 'X' })
      ).status,
    ).toBe(404);
    expect(
      (
        await addLesson(other.token, sectionId, {
          kind: 'text',
          title: 'X',
          required: true,
          bodyHtml: '',
        })
      ).status,
    ).toBe(404);
    expect((await addQuestion(other.token, course.code, singleChoice())).status).toBe(404);
    expect(
      (await t.http().post(`/api/authoring/courses/${course.code}/publish`).set(asOther)).status,
    ).toBe(404);
    const otherList = await t.http().get('/api/authoring/courses').set(asOther);
    expect(otherList.body.map((c: { code: string }) => c.code)).not.toContain(course.code);

    const adminEdit = await t
      .http()
      .patch(`/api/authoring/sections/${sectionId}`)
      .set(bearer(admin.token))
      .send({ title: 'Chương mở đầu' });
    expect(adminEdit.status).toBe(200);
    expect(adminEdit.body.sections[0].title).toBe('Chương mở đầu');
    const adminList = await t.http().get('/api/authoring/courses').set(bearer(admin.token));
    expect(adminList.body.find((c: { code: string }) => c.code === course.code)).toMatchObject({
      owner: { username: owner.account.username },
      draftVersionNo: 1,
    });
  });

  it('stores text lessons sanitised: no scripts, event handlers, javascript: links or data: images', async () => {
    const { token } = await signedIn(t, [{ role: 'course_author' }]);
    const course = await createCourse(t, token);
    const hostile =
      '<h2>Bài 1</h2><script>fetch("//evil")</script><p onclick="steal()" style="x">Chào</p>' +
      '<a href="javascript:alert(1)">bấm</a><img src="x" onerror="alert(1)"><img src="data:image/png;base64,AAA">' +
      '<a href="https://moet.gov.vn">Bộ</a>';
    const response = await addLesson(token, course.sections[0].id, {
      kind: 'text',
      title: 'An toàn',
      required: true,
      bodyHtml: hostile,
    });
    expect(response.status).toBe(201);
    expect(response.body.bodyHtml).toBe(
      '<h2>Bài 1</h2><p>Chào</p><a>bấm</a><a href="https://moet.gov.vn" rel="noopener noreferrer" target="_blank">Bộ</a>',
    );
    const [row] = await t.dataSource.query(`SELECT body_html FROM lessons WHERE id = $1`, [
      response.body.id,
    ]);
    expect(row.body_html).toBe(response.body.bodyHtml);
    const patched = await t
      .http()
      .patch(`/api/authoring/lessons/${response.body.id}`)
      .set(bearer(token))
      .send({ bodyHtml: '<p>a</p><iframe src="https://x"></iframe>' });
    expect(patched.body.bodyHtml).toBe('<p>a</p>');
    const wrongField = await addLesson(token, course.sections[0].id, {
      kind: 'quiz',
      title: 'Q',
      required: true,
      quiz,
      bodyHtml: '<p>x</p>',
    });
    expect(wrongField.status).toBe(400);
  });

  it.each([
    {
      name: 'single with two correct',
      body: {
        ...singleChoice(),
        options: [
          { key: 'a', text: 'A', correct: true },
          { key: 'b', text: 'B', correct: true },
        ],
      },
      code: 'exactly_one_correct',
    },
    {
      name: 'multiple with none correct',
      body: {
        ...singleChoice(),
        kind: 'multiple',
        options: [
          { key: 'a', text: 'A', correct: false },
          { key: 'b', text: 'B', correct: false },
        ],
      },
      code: 'at_least_one_correct',
    },
    {
      name: 'true/false with three options',
      body: {
        ...singleChoice(),
        kind: 'true_false',
        options: [
          { key: 'd', text: 'Đúng', correct: true },
          { key: 's', text: 'Sai', correct: false },
          { key: 'x', text: '?', correct: false },
        ],
      },
      code: 'true_false_two_options',
    },
    {
      name: 'one option only',
      body: { ...singleChoice(), options: [{ key: 'a', text: 'A', correct: true }] },
      code: 'arrayMinSize',
    },
  ])('refuses a question: $name', async ({ body, code }) => {
    const { token } = await signedIn(t, [{ role: 'course_author' }]);
    const course = await createCourse(t, token);
    const response = await addQuestion(token, course.code, body);
    expect(response.status).toBe(400);
    expect(response.body.details.map((d: { code: string }) => d.code)).toContain(code);
  });

  it('edits and deletes questions of the bank', async () => {
    const { token } = await signedIn(t, [{ role: 'course_author' }]);
    const course = await createCourse(t, token);
    const created = await addQuestion(token, course.code, {
      kind: 'true_false',
      text: 'Đúng hay sai?',
      options: [
        { key: 'd', text: 'Đúng', correct: false },
        { key: 's', text: 'Sai', correct: true },
      ],
      explanation: '',
    });
    expect(created.status).toBe(201);
    const updated = await t
      .http()
      .patch(`/api/authoring/questions/${created.body.id}`)
      .set(bearer(token))
      .send(singleChoice('Sửa'));
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ kind: 'single', text: 'Sửa' });
    expect(
      (await t.http().delete(`/api/authoring/questions/${created.body.id}`).set(bearer(token)))
        .status,
    ).toBe(204);
    expect(
      (await t.http().get(`/api/authoring/courses/${course.code}/questions`).set(bearer(token)))
        .body,
    ).toEqual([]);
  });

  it('refuses to publish an empty course or a quiz that draws more questions than the bank holds', async () => {
    const { token } = await signedIn(t, [{ role: 'course_author' }]);
    const course = await createCourse(t, token);
    const empty = await t
      .http()
      .post(`/api/authoring/courses/${course.code}/publish`)
      .set(bearer(token));
    expect(empty.status).toBe(400);
    expect(empty.body.details.map((d: { code: string }) => d.code)).toEqual(['no_lessons']);
    await addLesson(token, course.sections[0].id, {
      kind: 'quiz',
      title: 'Kiểm tra',
      required: true,
      quiz: { ...quiz, questionCount: 5 },
    });
    await addQuestion(token, course.code, singleChoice());
    const small = await t
      .http()
      .post(`/api/authoring/courses/${course.code}/publish`)
      .set(bearer(token));
    expect(small.status).toBe(400);
    expect(small.body.details.map((d: { code: string }) => d.code)).toEqual([
      'quiz_bank_too_small',
    ]);
  });

  it('publishing freezes a version: editing makes version 2 by copying, version 1 rows stay unchanged', async () => {
    const { token } = await signedIn(t, [{ role: 'course_author' }]);
    const code = await publishable(token);
    const published = await t
      .http()
      .post(`/api/authoring/courses/${code}/publish`)
      .set(bearer(token));
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({
      status: 'published',
      version: { versionNo: 1, status: 'published' },
      publishedVersionNo: 1,
    });
    const v1 = published.body as CourseOutline;
    const snapshot = () =>
      t.dataSource.query(
        `SELECT 'l' AS t, id::text, title, position::text, body_html AS extra FROM lessons WHERE course_version_id = $1
         UNION ALL SELECT 's', id::text, title, position::text, NULL FROM course_sections WHERE course_version_id = $1
         UNION ALL SELECT 'q', id::text, text, position::text, options::text FROM questions WHERE course_version_id = $1
         ORDER BY 1, 2`,
        [v1.version.id],
      );
    const before = await snapshot();
    expect(
      (await t.http().post(`/api/authoring/courses/${code}/publish`).set(bearer(token))).status,
    ).toBe(409);

    const textLessonId = v1.sections[0].lessons[0].id;
    const edited = await t
      .http()
      .patch(`/api/authoring/lessons/${textLessonId}`)
      .set(bearer(token))
      .send({ title: 'Đọc (sửa)', bodyHtml: '<p>Mới</p>' });
    expect(edited.status).toBe(200);
    expect(edited.body.id).not.toBe(textLessonId);
    expect(edited.body).toMatchObject({ title: 'Đọc (sửa)', bodyHtml: '<p>Mới</p>' });
    expect(await snapshot()).toEqual(before);

    const draft = await outlineOf(token, code);
    expect(draft).toMatchObject({
      status: 'published',
      version: { versionNo: 2, status: 'draft' },
      publishedVersionNo: 1,
      questionCount: 2,
    });
    expect(draft.sections[0].lessons.map((l) => l.title)).toEqual(['Đọc (sửa)', 'Kiểm tra']);
    expect(draft.sections[0].id).not.toBe(v1.sections[0].id);
    // A stale id of the frozen version can no longer be edited once the draft exists.
    const stale = await t
      .http()
      .patch(`/api/authoring/lessons/${textLessonId}`)
      .set(bearer(token))
      .send({ title: 'X' });
    expect(stale.status).toBe(409);

    const second = await t.http().post(`/api/authoring/courses/${code}/publish`).set(bearer(token));
    expect(second.body).toMatchObject({
      version: { versionNo: 2, status: 'published' },
      publishedVersionNo: 2,
    });
    const versions = await t.dataSource.query(
      `SELECT v.version_no, v.status FROM course_versions v JOIN courses c ON c.id = v.course_id WHERE c.code = $1 ORDER BY 1`,
      [code],
    );
    expect(versions).toEqual([
      { version_no: 1, status: 'superseded' },
      { version_no: 2, status: 'published' },
    ]);
    const audit = await t.dataSource.query(
      `SELECT action FROM audit_events WHERE details->>'code' = $1 ORDER BY at, action`,
      [code],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining([
        'course.created',
        'course.published',
        'course.draft_created',
        'course.lesson_updated',
      ]),
    );
  });

  it('reorders sections and moves lessons between them, refusing ids that are not all of this version', async () => {
    const { token } = await signedIn(t, [{ role: 'course_author' }]);
    const course = await createCourse(t, token);
    const s1 = course.sections[0].id;
    const s2 = (
      await t
        .http()
        .post(`/api/authoring/courses/${course.code}/sections`)
        .set(bearer(token))
        .send({ title: 'Chương 2' })
    ).body.sections[1].id;
    const a = (
      await addLesson(token, s1, { kind: 'text', title: 'A', required: true, bodyHtml: '' })
    ).body.id;
    const b = (
      await addLesson(token, s1, { kind: 'text', title: 'B', required: false, bodyHtml: '' })
    ).body.id;
    const moved = await t
      .http()
      .put(`/api/authoring/courses/${course.code}/outline`)
      .set(bearer(token))
      .send({
        sections: [
          { id: s2, lessonIds: [b] },
          { id: s1, lessonIds: [a] },
        ],
      });
    expect(moved.status).toBe(200);
    expect(
      moved.body.sections.map((s: { title: string; lessons: { title: string }[] }) => [
        s.title,
        s.lessons.map((l) => l.title),
      ]),
    ).toEqual([
      ['Chương 2', ['B']],
      ['Chương 1', ['A']],
    ]);
    const missing = await t
      .http()
      .put(`/api/authoring/courses/${course.code}/outline`)
      .set(bearer(token))
      .send({
        sections: [
          { id: s2, lessonIds: [b] },
          { id: s1, lessonIds: [] },
        ],
      });
    expect(missing.status).toBe(400);
    const other = await createCourse(t, token);
    const foreign = await t
      .http()
      .put(`/api/authoring/courses/${course.code}/outline`)
      .set(bearer(token))
      .send({
        sections: [
          { id: s2, lessonIds: [b] },
          { id: other.sections[0].id, lessonIds: [a] },
        ],
      });
    expect(foreign.status).toBe(400);

    const deleted = await t.http().delete(`/api/authoring/sections/${s2}`).set(bearer(token));
    expect(deleted.status).toBe(200);
    expect(deleted.body.sections.map((s: { id: string }) => s.id)).toEqual([s1]);
    expect(await t.dataSource.query(`SELECT id FROM lessons WHERE id = $1`, [b])).toEqual([]);
  });

  it('reorders a published course with the ids it showed: the new draft gets the order, version 1 keeps its own', async () => {
    const { token } = await signedIn(t, [{ role: 'course_author' }]);
    const code = await publishable(token);
    const v1 = (await t.http().post(`/api/authoring/courses/${code}/publish`).set(bearer(token)))
      .body as CourseOutline;
    const [read, quizLesson] = v1.sections[0].lessons.map((l) => l.id);
    const response = await t
      .http()
      .put(`/api/authoring/courses/${code}/outline`)
      .set(bearer(token))
      .send({ sections: [{ id: v1.sections[0].id, lessonIds: [quizLesson, read] }] });
    expect(response.status).toBe(200);
    expect(response.body.version).toMatchObject({ versionNo: 2, status: 'draft' });
    expect(response.body.sections[0].lessons.map((l: { title: string }) => l.title)).toEqual([
      'Kiểm tra',
      'Đọc',
    ]);
    const frozen = await t.dataSource.query(
      `SELECT title FROM lessons WHERE course_version_id = $1 ORDER BY position`,
      [v1.version.id],
    );
    expect(frozen.map((l: { title: string }) => l.title)).toEqual(['Đọc', 'Kiểm tra']);
  });

  it('makes one draft when two edits of a published course arrive at once', async () => {
    const { token } = await signedIn(t, [{ role: 'course_author' }]);
    const code = await publishable(token);
    await t.http().post(`/api/authoring/courses/${code}/publish`).set(bearer(token));
    const responses = await Promise.all([
      t
        .http()
        .post(`/api/authoring/courses/${code}/sections`)
        .set(bearer(token))
        .send({ title: 'Chương A' }),
      t
        .http()
        .post(`/api/authoring/courses/${code}/sections`)
        .set(bearer(token))
        .send({ title: 'Chương B' }),
    ]);
    expect(responses.map((r) => r.status)).toEqual([201, 201]);
    const versions = await t.dataSource.query(
      `SELECT v.version_no, v.status FROM course_versions v JOIN courses c ON c.id = v.course_id
       WHERE c.code = $1 ORDER BY 1`,
      [code],
    );
    expect(versions).toEqual([
      { version_no: 1, status: 'published' },
      { version_no: 2, status: 'draft' },
    ]);
    const outline = await outlineOf(token, code);
    expect(outline.sections.map((s) => s.title).sort()).toEqual([
      'Chương 1',
      'Chương A',
      'Chương B',
    ]);
  });

  it('previews the course as a learner sees it: content, and the bank without the answers', async () => {
    const { token } = await signedIn(t, [{ role: 'course_author' }]);
    const code = await publishable(token);
    const preview = await t.http().get(`/api/authoring/courses/${code}/preview`).set(bearer(token));
    expect(preview.status).toBe(200);
    expect(preview.body.sections[0].lessons[0].bodyHtml).toBe('<p>Nội dung</p>');
    expect(preview.body.questions).toHaveLength(2);
    expect(preview.body.questions[0].options).toEqual([
      { key: 'a', text: 'Hồng Bàng' },
      { key: 'b', text: 'Hà Nội' },
    ]);
    expect(JSON.stringify(preview.body)).not.toContain('correct');
  });

  it('archives a course and updates its catalogue card', async () => {
    const { token } = await signedIn(t, [{ role: 'course_author' }]);
    const course = await createCourse(t, token);
    const response = await t
      .http()
      .patch(`/api/authoring/courses/${course.code}`)
      .set(bearer(token))
      .send({ title: 'Tên mới', hours: 4, status: 'archived' });
    expect(response.body).toMatchObject({ title: 'Tên mới', hours: 4, status: 'archived' });
    const wrong = await t
      .http()
      .patch(`/api/authoring/courses/${course.code}`)
      .set(bearer(token))
      .send({ status: 'published' });
    expect(wrong.status).toBe(400);
  });

  it('composes a programme from courses (department administrators only)', async () => {
    const author = await signedIn(t, [{ role: 'course_author' }]);
    const admin = await signedIn(t, [{ role: 'department_admin' }]);
    const first = await createCourse(t, author.token);
    const second = await createCourse(t, author.token);
    const programme = unique('CT');
    await t.dataSource.query(
      `INSERT INTO programmes (code, name) VALUES ($1, 'Chương trình thử')`,
      [programme],
    );
    const url = `/api/programmes/${programme}/courses`;
    const set = await t
      .http()
      .put(url)
      .set(bearer(admin.token))
      .send({ courseCodes: [first.code, second.code] });
    expect(set.status).toBe(200);
    expect(set.body.courses.map((c: { code: string }) => c.code).sort()).toEqual(
      [first.code, second.code].sort(),
    );
    const narrowed = await t
      .http()
      .put(url)
      .set(bearer(admin.token))
      .send({ courseCodes: [second.code] });
    expect(narrowed.body.courses.map((c: { code: string }) => c.code)).toEqual([second.code]);
    expect((await t.http().get(url).set(bearer(admin.token))).body.courses).toHaveLength(1);
    const unknown = await t
      .http()
      .put(url)
      .set(bearer(admin.token))
      .send({ courseCodes: ['KHONG-CO'] });
    expect(unknown.status).toBe(400);
    expect(
      (await t.http().put(url).set(bearer(author.token)).send({ courseCodes: [] })).status,
    ).toBe(403);
    expect(
      (await t.http().get('/api/programmes/KHONGCO/courses').set(bearer(admin.token))).status,
    ).toBe(404);
  });
});
