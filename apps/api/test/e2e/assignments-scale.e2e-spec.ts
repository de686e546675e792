import { createTestApp, TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import { createCourse } from '../factories/courses.factory';
import { unique } from '../factories/unique';
import { createUnit } from '../factories/units.factory';

const PEOPLE = 10_000;

describe('course assignments at scale', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it(`assigns ${PEOPLE} people under 40 schools in one request: every enrolment, notification and mail`, async () => {
    const commune = await createUnit(t.dataSource, { kind: 'commune' });
    const schools = await Promise.all(
      Array.from({ length: 40 }, () =>
        createUnit(t.dataSource, { kind: 'primary', parentCode: commune.code }),
      ),
    );
    const prefix = unique('S');
    await t.dataSource.query(
      `WITH people_made AS (
         INSERT INTO people (staff_code, full_name, date_of_birth, email)
         SELECT $1 || g, 'Cán bộ ' || g, '1990-01-01',
                CASE WHEN g % 2 = 0 THEN 'cb' || g || '@' || lower($1) || '.edu.vn' END
           FROM generate_series(1, $2::int) g
         RETURNING id, staff_code)
       INSERT INTO assignments (person_id, unit_id, start_date, is_communication_officer)
       SELECT pm.id, ($3::uuid[])[1 + (substring(pm.staff_code FROM length($1) + 1)::int % 40)],
              '2020-01-01', false
         FROM people_made pm`,
      [prefix, PEOPLE, schools.map((s) => s.id)],
    );
    const course = await createCourse(t.dataSource);
    const admin = await signedIn(t, [{ role: 'department_admin' }]);

    const response = await t
      .http()
      .post('/api/course-assignments')
      .set('Authorization', `Bearer ${admin.token}`)
      .send({
        courseCode: course.code,
        audience: 'subtree',
        unitCode: commune.code,
        dueOn: '2026-12-31',
        includeNewcomers: false,
      });

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ enrolled: PEOPLE, alreadyEnrolled: 0 });
    const [counts] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM notifications n JOIN enrolments e ON n.dedupe_key = 'course_assigned:' || e.id
                WHERE e.course_id = $1)::int AS notified,
              (SELECT count(*) FROM mail_outbox WHERE to_address LIKE $2)::int AS mailed`,
      [course.id, `%@${prefix.toLowerCase()}.edu.vn`],
    );
    expect(counts).toEqual({ notified: PEOPLE, mailed: PEOPLE / 2 });
  });
});
