import { addDays, todayInVietnam } from '../../src/common/dates';
import { createTestApp, TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import { createCourse, enrol, signedInLearner } from '../factories/courses.factory';

describe('learning: courses, my courses, catalogue, self-enrolment', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('GET /api/courses shows a learner the open courses and their own, exactly {code, title, hours}', async () => {
    const open = await createCourse(t.dataSource, { selfEnrol: true, hours: 12 });
    const mine = await createCourse(t.dataSource);
    const hidden = await createCourse(t.dataSource);
    const draft = await createCourse(t.dataSource, { selfEnrol: true, status: 'draft' });
    const learner = await signedInLearner(t);
    await enrol(t.dataSource, learner.person.id, mine.id);

    const response = await t
      .http()
      .get('/api/courses')
      .set('Authorization', `Bearer ${learner.token}`);
    expect(response.status).toBe(200);
    const codes = response.body.map((c: { code: string }) => c.code);
    expect(codes).toEqual(expect.arrayContaining([open.code, mine.code]));
    expect(codes).not.toContain(hidden.code);
    expect(codes).not.toContain(draft.code);
    expect(response.body.find((c: { code: string }) => c.code === open.code)).toEqual({
      code: open.code,
      title: open.title,
      hours: 12,
    });

    const admin = await signedIn(t, [{ role: 'department_admin' }]);
    const all = await t.http().get('/api/courses').set('Authorization', `Bearer ${admin.token}`);
    const allCodes = all.body.map((c: { code: string }) => c.code);
    expect(allCodes).toEqual(expect.arrayContaining([open.code, mine.code, hidden.code]));
    expect(allCodes).not.toContain(draft.code);

    // A unit manager assigns any published course, so they see them all too.
    const manager = await signedIn(t, [{ role: 'unit_manager' }]);
    const managed = await t
      .http()
      .get('/api/courses')
      .set('Authorization', `Bearer ${manager.token}`);
    const managedCodes = managed.body.map((c: { code: string }) => c.code);
    expect(managedCodes).toEqual(expect.arrayContaining([open.code, mine.code, hidden.code]));
    expect(managedCodes).not.toContain(draft.code);
  });

  it('GET /api/me/courses lists the caller’s own with exactly the contract fields', async () => {
    const course = await createCourse(t.dataSource);
    const learner = await signedInLearner(t);
    await enrol(t.dataSource, learner.person.id, course.id, { dueOn: '2026-12-31' });
    const response = await t
      .http()
      .get('/api/me/courses')
      .set('Authorization', `Bearer ${learner.token}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      {
        code: course.code,
        title: course.title,
        status: 'assigned',
        progress: 0,
        dueOn: '2026-12-31',
        completedOn: null,
      },
    ]);

    const noPerson = await signedIn(t, [{ role: 'learner' }]);
    const empty = await t
      .http()
      .get('/api/me/courses')
      .set('Authorization', `Bearer ${noPerson.token}`);
    expect(empty.body).toEqual([]);
  });

  it('self-enrols in an open course once; a closed or draft course is 404', async () => {
    const open = await createCourse(t.dataSource, { selfEnrol: true });
    const closed = await createCourse(t.dataSource);
    const draft = await createCourse(t.dataSource, { selfEnrol: true, status: 'draft' });
    const learner = await signedInLearner(t);
    const auth = `Bearer ${learner.token}`;

    const catalogue = await t.http().get('/api/catalogue').set('Authorization', auth);
    expect(catalogue.body.find((c: { code: string }) => c.code === open.code)).toMatchObject({
      enrolled: false,
    });
    expect(catalogue.body.map((c: { code: string }) => c.code)).not.toContain(closed.code);

    const first = await t.http().post(`/api/courses/${open.code}/enrol`).set('Authorization', auth);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ code: open.code, status: 'assigned', created: true });
    const again = await t.http().post(`/api/courses/${open.code}/enrol`).set('Authorization', auth);
    expect(again.body.created).toBe(false);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM enrolments WHERE person_id = $1 AND course_id = $2 AND source = 'self'`,
      [learner.person.id, open.id],
    );
    expect(count).toBe(1);
    const after = await t.http().get('/api/catalogue').set('Authorization', auth);
    expect(after.body.find((c: { code: string }) => c.code === open.code).enrolled).toBe(true);

    for (const code of [closed.code, draft.code, 'KHONG-CO']) {
      const refused = await t.http().post(`/api/courses/${code}/enrol`).set('Authorization', auth);
      expect(refused.status).toBe(404);
      expect(refused.body.code).toBe('NOT_FOUND');
    }
  });

  it('GET /api/me/learning groups assigned, due soon and overdue', async () => {
    const today = todayInVietnam();
    const soon = await createCourse(t.dataSource);
    const late = await createCourse(t.dataSource);
    const later = await createCourse(t.dataSource);
    const learner = await signedInLearner(t);
    await enrol(t.dataSource, learner.person.id, soon.id, { dueOn: addDays(today, 3) });
    await enrol(t.dataSource, learner.person.id, late.id, { dueOn: addDays(today, -1) });
    await enrol(t.dataSource, learner.person.id, later.id, { dueOn: addDays(today, 30) });
    const response = await t
      .http()
      .get('/api/me/learning')
      .set('Authorization', `Bearer ${learner.token}`);
    expect(response.status).toBe(200);
    expect(response.body.summary).toEqual({
      assigned: 3,
      inProgress: 0,
      completed: 0,
      dueSoon: 1,
      overdue: 1,
    });
    expect(response.body.dueSoon[0]).toMatchObject({ code: soon.code, overdue: false });
    expect(response.body.overdue[0]).toMatchObject({ code: late.code, overdue: true });
  });
});
