import { createTestApp, TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import { createCourse, enrol } from '../factories/courses.factory';
import { createAssignment, createPerson } from '../factories/people.factory';
import { createBranches } from '../factories/units.factory';

describe('course assignments', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function staffAt(unitId: string, options: { officer?: boolean; email?: string } = {}) {
    const person = await createPerson(t.dataSource);
    await createAssignment(t.dataSource, {
      personId: person.id,
      unitId,
      communicationOfficer: options.officer ?? false,
    });
    if (options.email) {
      await t.dataSource.query(`UPDATE people SET email = $2 WHERE id = $1`, [
        person.id,
        options.email,
      ]);
    }
    return person;
  }

  const enrolledIds = async (courseId: string): Promise<string[]> =>
    (
      await t.dataSource.query(`SELECT person_id FROM enrolments WHERE course_id = $1`, [courseId])
    ).map((r: { person_id: string }) => r.person_id);

  it('enrols a whole subtree as of today, notifies everyone and mails those with an address', async () => {
    const branches = await createBranches(t.dataSource);
    const atOwn = await staffAt(branches.own.id, { email: 'can.bo@truong.edu.vn' });
    const atChild = await staffAt(branches.child.id);
    const atSibling = await staffAt(branches.sibling.id);
    const left = await createPerson(t.dataSource);
    await createAssignment(t.dataSource, {
      personId: left.id,
      unitId: branches.own.id,
      endDate: '2021-01-01',
    });
    const course = await createCourse(t.dataSource);
    const admin = await signedIn(t, [{ role: 'department_admin' }]);
    const body = {
      courseCode: course.code,
      audience: 'subtree',
      unitCode: branches.own.code,
      dueOn: '2026-12-31',
      includeNewcomers: false,
    };
    const response = await t
      .http()
      .post('/api/course-assignments')
      .set('Authorization', `Bearer ${admin.token}`)
      .send(body);
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      assignmentId: expect.any(String),
      enrolled: 2,
      alreadyEnrolled: 0,
    });
    expect((await enrolledIds(course.id)).sort()).toEqual([atOwn.id, atChild.id].sort());
    expect(await enrolledIds(course.id)).not.toContain(atSibling.id);

    const notifications = await t.dataSource.query(
      `SELECT person_id, data FROM notifications WHERE kind = 'course_assigned' AND person_id = ANY($1)`,
      [[atOwn.id, atChild.id, atSibling.id]],
    );
    expect(notifications).toHaveLength(2);
    expect(notifications[0].data).toMatchObject({ courseCode: course.code, dueOn: '2026-12-31' });
    const mails = await t.dataSource.query(
      `SELECT subject, body_text, status FROM mail_outbox WHERE to_address = 'can.bo@truong.edu.vn' AND subject LIKE $1`,
      [`%${course.title}`],
    );
    expect(mails).toHaveLength(1);
    expect(mails[0].status).toBe('pending');
    expect(mails[0].body_text).toContain('Hạn hoàn thành: 31/12/2026');

    const again = await t
      .http()
      .post('/api/course-assignments')
      .set('Authorization', `Bearer ${admin.token}`)
      .send(body);
    expect(again.body).toMatchObject({ enrolled: 0, alreadyEnrolled: 2 });
  });

  it('assigns only the communication officers of a subtree, or only the staff of one unit', async () => {
    const branches = await createBranches(t.dataSource);
    const officer = await staffAt(branches.child.id, { officer: true });
    await staffAt(branches.child.id);
    const atOwn = await staffAt(branches.own.id);
    const officers = await createCourse(t.dataSource);
    const unitOnly = await createCourse(t.dataSource);
    const admin = await signedIn(t, [{ role: 'department_admin' }]);
    const assign = (body: object) =>
      t
        .http()
        .post('/api/course-assignments')
        .set('Authorization', `Bearer ${admin.token}`)
        .send(body);
    const first = await assign({
      courseCode: officers.code,
      audience: 'officers_in_subtree',
      unitCode: branches.own.code,
      includeNewcomers: false,
    });
    expect(first.body.enrolled).toBe(1);
    expect(await enrolledIds(officers.id)).toEqual([officer.id]);
    const second = await assign({
      courseCode: unitOnly.code,
      audience: 'unit',
      unitCode: branches.own.code,
      includeNewcomers: false,
    });
    expect(second.body.enrolled).toBe(1);
    expect(await enrolledIds(unitOnly.id)).toEqual([atOwn.id]);
  });

  it('keeps an existing self-enrolment, giving it the due date and the assignment', async () => {
    const branches = await createBranches(t.dataSource);
    const person = await staffAt(branches.own.id);
    const course = await createCourse(t.dataSource, { selfEnrol: true });
    const self = await enrol(t.dataSource, person.id, course.id, { source: 'self' });
    const admin = await signedIn(t, [{ role: 'department_admin' }]);
    const response = await t
      .http()
      .post('/api/course-assignments')
      .set('Authorization', `Bearer ${admin.token}`)
      .send({
        courseCode: course.code,
        audience: 'person',
        staffCode: person.staffCode,
        dueOn: '2027-01-15',
        includeNewcomers: false,
      });
    expect(response.body).toMatchObject({ enrolled: 0, alreadyEnrolled: 1 });
    const [row] = await t.dataSource.query(
      `SELECT id, source, due_on::text, assignment_id FROM enrolments WHERE person_id = $1 AND course_id = $2`,
      [person.id, course.id],
    );
    expect(row).toEqual({
      id: self.id,
      source: 'self',
      due_on: '2027-01-15',
      assignment_id: response.body.assignmentId,
    });
  });

  it('lets a manager assign within their subtree only: outside is 404, a learner is 403', async () => {
    const branches = await createBranches(t.dataSource);
    const inside = await staffAt(branches.child.id);
    const outside = await staffAt(branches.other.id);
    const course = await createCourse(t.dataSource);
    const manager = await signedIn(t, [{ role: 'unit_manager', unitId: branches.own.id }]);
    const assign = (token: string, body: object) =>
      t
        .http()
        .post('/api/course-assignments')
        .set('Authorization', `Bearer ${token}`)
        .send({ courseCode: course.code, includeNewcomers: false, ...body });

    const ok = await assign(manager.token, { audience: 'person', staffCode: inside.staffCode });
    expect(ok.status).toBe(201);
    const person = await assign(manager.token, {
      audience: 'person',
      staffCode: outside.staffCode,
    });
    expect(person.status).toBe(404);
    const unit = await assign(manager.token, {
      audience: 'subtree',
      unitCode: branches.sibling.code,
    });
    expect(unit.status).toBe(404);
    const list = await t
      .http()
      .get(`/api/course-assignments?unit=${branches.sibling.code}`)
      .set('Authorization', `Bearer ${manager.token}`);
    expect(list.status).toBe(404);
    const learner = await signedIn(t, [{ role: 'learner' }]);
    const refused = await assign(learner.token, { audience: 'unit', unitCode: branches.own.code });
    expect(refused.status).toBe(403);
    const invalid = await assign(manager.token, {
      audience: 'everyone',
      unitCode: branches.own.code,
    });
    expect(invalid.status).toBe(400);
  });

  it('a standing rule enrols newcomers until it is ended, and is listed with its counts', async () => {
    const branches = await createBranches(t.dataSource);
    await staffAt(branches.child.id);
    const course = await createCourse(t.dataSource);
    const admin = await signedIn(t, [{ role: 'department_admin' }]);
    const auth = `Bearer ${admin.token}`;
    const created = await t.http().post('/api/course-assignments').set('Authorization', auth).send({
      courseCode: course.code,
      audience: 'subtree',
      unitCode: branches.own.code,
      includeNewcomers: true,
    });
    expect(created.body.enrolled).toBe(1);

    const newcomer = await staffAt(branches.child.id);
    const applied = await t
      .http()
      .post('/api/course-assignments/apply-rules')
      .set('Authorization', auth);
    expect(applied.status).toBe(200);
    expect(applied.body.enrolled).toBeGreaterThanOrEqual(1);
    expect(await enrolledIds(course.id)).toContain(newcomer.id);

    const list = await t
      .http()
      .get(`/api/course-assignments?unit=${branches.own.code}`)
      .set('Authorization', auth);
    expect(list.body).toEqual([
      expect.objectContaining({
        id: created.body.assignmentId,
        courseCode: course.code,
        audience: 'subtree',
        unitCode: branches.own.code,
        includeNewcomers: true,
        ruleActive: true,
        endedAt: null,
        enrolled: 2,
        completed: 0,
      }),
    ]);

    const ended = await t
      .http()
      .post(`/api/course-assignments/${created.body.assignmentId}/end`)
      .set('Authorization', auth);
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ ruleActive: false, endedAt: expect.any(String) });
    const late = await staffAt(branches.child.id);
    await t.http().post('/api/course-assignments/apply-rules').set('Authorization', auth);
    expect(await enrolledIds(course.id)).not.toContain(late.id);

    const manager = await signedIn(t, [{ role: 'unit_manager', unitId: branches.own.id }]);
    const forbidden = await t
      .http()
      .post('/api/course-assignments/apply-rules')
      .set('Authorization', `Bearer ${manager.token}`);
    expect(forbidden.status).toBe(403);
  });
});
