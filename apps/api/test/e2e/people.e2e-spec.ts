import type { Role } from '@loa/contracts';
import { createTestApp, TestApp } from '../create-test-app';
import { createAccount, loginAs, signedIn } from '../factories/accounts.factory';
import { createAssignment, createPerson } from '../factories/people.factory';
import { unique } from '../factories/unique';
import { createBranches } from '../factories/units.factory';

type Branches = Awaited<ReturnType<typeof createBranches>>;
type Relation = keyof Branches;

describe('people and assignments', () => {
  let t: TestApp;
  let units: Branches;
  let admin: string;
  const managerOf: Partial<Record<Relation, string>> = {};

  beforeAll(async () => {
    t = await createTestApp();
    units = await createBranches(t.dataSource);
    admin = (await signedIn(t, [{ role: 'department_admin' }])).token;
    for (const relation of ['own', 'child', 'sibling'] as const) {
      managerOf[relation] = (
        await signedIn(t, [{ role: 'unit_manager', unitId: units[relation].id }])
      ).token;
    }
  });
  afterAll(() => t.close());

  const as = (token: string | undefined) => ({
    get: (url: string) => t.http().get(url).set('Authorization', `Bearer ${token}`),
    post: (url: string, body: object) =>
      t.http().post(url).set('Authorization', `Bearer ${token}`).send(body),
    patch: (url: string, body: object) =>
      t.http().patch(url).set('Authorization', `Bearer ${token}`).send(body),
  });
  const countWhere = async (sql: string, params: unknown[]): Promise<number> =>
    Number((await t.dataSource.query(`SELECT count(*) AS n FROM ${sql}`, params))[0].n);

  /** A person with an assignment at `relation` (ended in 2023 when `past`). */
  async function personAt(relation: Relation, past = false) {
    const person = await createPerson(t.dataSource, { fullName: 'Phạm Thị Lan' });
    const assignment = await createAssignment(t.dataSource, {
      personId: person.id,
      unitId: units[relation].id,
      startDate: '2020-02-01',
      endDate: past ? '2023-06-30' : null,
    });
    return { ...person, assignmentId: assignment.id };
  }

  describe('GET /api/people/:staffCode', () => {
    it('shows every assignment oldest first, each unit named as of its start, and the account', async () => {
      const person = await personAt('child');
      await createAssignment(t.dataSource, {
        personId: person.id,
        unitId: units.own.id,
        startDate: '2018-09-01',
        endDate: '2020-01-31',
        communicationOfficer: true,
      });
      await t.dataSource.query(
        `UPDATE unit_versions SET valid_to = '2019-01-01' WHERE unit_id = $1 AND valid_to IS NULL`,
        [units.own.id],
      );
      await t.dataSource.query(
        `INSERT INTO unit_versions (unit_id, name, kind, parent_id, valid_from, change)
         SELECT unit_id, 'Phường Sau Đổi Tên', kind, parent_id, '2019-01-01', 'renamed'
           FROM unit_versions WHERE unit_id = $1`,
        [units.own.id],
      );
      const account = await createAccount(t.dataSource, [], { personId: person.id });
      const response = await as(admin).get(`/api/people/${person.staffCode}`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        staffCode: person.staffCode,
        fullName: 'Phạm Thị Lan',
        dateOfBirth: '1990-05-17',
        gender: null,
        email: null,
        phone: null,
        assignments: [
          expect.objectContaining({
            unit: { code: units.own.code, name: 'Phường Thử Nghiệm', kind: 'commune' },
            startDate: '2018-09-01',
            endDate: '2020-01-31',
            communicationOfficer: true,
          }),
          expect.objectContaining({
            unit: { code: units.child.code, name: 'Trường Tiểu học Thử', kind: 'primary' },
            startDate: '2020-02-01',
            endDate: null,
            position: 'Giáo viên',
          }),
        ],
        account: { id: account.id, username: account.username, status: 'active' },
      });
    });

    it.each([
      { reader: 'manager of own', at: 'child', past: true, expected: 200 },
      { reader: 'manager of own', at: 'own', past: false, expected: 200 },
      { reader: 'manager of own', at: 'sibling', past: false, expected: 404 },
      { reader: 'manager of own', at: 'other', past: true, expected: 404 },
      { reader: 'manager of child', at: 'own', past: false, expected: 404 },
      { reader: 'manager of sibling', at: 'other', past: false, expected: 200 },
      { reader: 'department admin', at: 'other', past: false, expected: 200 },
    ] as const)('$reader reading a person at $at (past: $past) → $expected', async (c) => {
      const person = await personAt(c.at, c.past);
      const token =
        c.reader === 'department admin' ? admin : managerOf[c.reader.split(' ')[2] as Relation];
      const response = await as(token).get(`/api/people/${person.staffCode}`);
      expect(response.status).toBe(c.expected);
    });

    it('the person themselves may read their record; another learner gets 404', async () => {
      const person = await personAt('other');
      const self = await createAccount(
        t.dataSource,
        [{ role: 'learner', unitId: units.other.id }],
        {
          personId: person.id,
        },
      );
      expect((await as(await loginAs(t, self)).get(`/api/people/${person.staffCode}`)).status).toBe(
        200,
      );
      const { token } = await signedIn(t, [{ role: 'learner', unitId: units.other.id }]);
      expect((await as(token).get(`/api/people/${person.staffCode}`)).status).toBe(404);
      expect((await t.http().get(`/api/people/${person.staffCode}`)).status).toBe(401);
      expect((await as(admin).get(`/api/people/${unique('NOBODY')}`)).status).toBe(404);
    });
  });

  describe('POST /api/people', () => {
    const newPerson = (unitCode: string, overrides: object = {}) => ({
      staffCode: unique('CB'),
      fullName: '  Hoa\u0300ng   Văn Nam ',
      dateOfBirth: '1985-12-01',
      gender: 'male',
      email: 'nam@example.edu.vn',
      assignment: {
        unitCode,
        position: 'Giáo viên',
        communicationOfficer: true,
        startDate: '2026-09-05',
      },
      ...overrides,
    });

    it('creates the person with a first assignment, NFC and trimmed, audited', async () => {
      const body = newPerson(units.child.code);
      const response = await as(managerOf.own).post('/api/people', body);
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        staffCode: body.staffCode,
        fullName: 'Hoàng Văn Nam'.normalize('NFC'),
        assignments: [
          {
            unit: { code: units.child.code },
            communicationOfficer: true,
            startDate: '2026-09-05',
            endDate: null,
          },
        ],
        account: null,
      });
      const [stored] = await t.dataSource.query(
        `SELECT full_name FROM people WHERE staff_code = $1`,
        [body.staffCode],
      );
      expect(stored.full_name).toBe('Hoàng Văn Nam'.normalize('NFC'));
      expect(
        await countWhere(
          `audit_events e JOIN people p ON p.id::text = e.entity_id
            WHERE p.staff_code = $1 AND e.action = 'person.created'`,
          [body.staffCode],
        ),
      ).toBe(1);
      expect(
        await countWhere(
          `audit_events e JOIN assignments a ON a.id::text = e.entity_id
             JOIN people p ON p.id = a.person_id
            WHERE p.staff_code = $1 AND e.action = 'assignment.created'`,
          [body.staffCode],
        ),
      ).toBe(1);
    });

    it('refuses a staff code that exists with 409', async () => {
      const existing = await personAt('own');
      const response = await as(admin).post(
        '/api/people',
        newPerson(units.own.code, { staffCode: existing.staffCode }),
      );
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('CONFLICT');
      expect(await countWhere(`assignments WHERE person_id = $1`, [existing.id])).toBe(1);
    });

    it.each(['sibling', 'other'] as const)(
      'a manager creating at %s (outside their scope) gets 404 and nothing is written',
      async (relation) => {
        const body = newPerson(units[relation].code);
        const response = await as(managerOf.own).post('/api/people', body);
        expect(response.status).toBe(404);
        expect(await countWhere(`people WHERE staff_code = $1`, [body.staffCode])).toBe(0);
      },
    );

    it('a learner gets 403 and an anonymous caller 401', async () => {
      const { token } = await signedIn(t, [{ role: 'learner', unitId: units.own.id }]);
      expect((await as(token).post('/api/people', newPerson(units.own.code))).status).toBe(403);
      expect((await t.http().post('/api/people').send(newPerson(units.own.code))).status).toBe(401);
    });

    it.each([
      {
        what: 'a date that does not exist',
        patch: { dateOfBirth: '2026-02-31' },
        field: 'dateOfBirth',
      },
      {
        what: 'a date in another format',
        patch: { dateOfBirth: '01/12/1985' },
        field: 'dateOfBirth',
      },
      { what: 'an empty name', patch: { fullName: '   ' }, field: 'fullName' },
      { what: 'a bad email', patch: { email: 'not-an-email' }, field: 'email' },
      {
        what: 'an end before the start',
        patch: {
          assignment: {
            unitCode: 'SGDDT',
            communicationOfficer: false,
            startDate: '2026-09-05',
            endDate: '2026-09-04',
          },
        },
        field: 'endDate',
      },
      {
        what: 'an assignment without a start date',
        patch: { assignment: { unitCode: 'SGDDT', communicationOfficer: false } },
        field: 'assignment.startDate',
      },
      { what: 'an unknown field', patch: { salary: 1 }, field: 'salary' },
    ])('refuses $what with 400 and writes nothing', async ({ patch, field }) => {
      const body = newPerson(units.own.code, patch);
      const response = await as(admin).post('/api/people', body);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(await countWhere(`people WHERE staff_code = $1`, [body.staffCode])).toBe(0);
    });

    it('refuses a unit that did not exist yet on the start date', async () => {
      const body = newPerson(units.own.code, {
        assignment: {
          unitCode: units.own.code,
          communicationOfficer: false,
          startDate: '1999-01-01',
        },
      });
      const response = await as(admin).post('/api/people', body);
      expect(response.status).toBe(400);
      expect(response.body.message).toBe('Đơn vị chưa thành lập hoặc đã giải thể vào ngày bắt đầu');
      expect(await countWhere(`people WHERE staff_code = $1`, [body.staffCode])).toBe(0);
    });
  });

  describe('PATCH /api/people/:staffCode', () => {
    it('corrects the record and audits the old and new values', async () => {
      const person = await personAt('child');
      const response = await as(managerOf.own).patch(`/api/people/${person.staffCode}`, {
        fullName: 'Phạm Thị Lan Anh',
        phone: '0912345678',
        email: '',
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        fullName: 'Phạm Thị Lan Anh',
        phone: '0912345678',
        email: null,
      });
      const [event] = await t.dataSource.query(
        `SELECT details FROM audit_events WHERE entity_id = $1 AND action = 'person.updated'`,
        [person.id],
      );
      expect(event.details).toEqual({
        staffCode: person.staffCode,
        before: { fullName: 'Phạm Thị Lan', phone: null },
        after: { fullName: 'Phạm Thị Lan Anh', phone: '0912345678' },
      });
    });

    it('a manager outside the person’s units gets 404 and nothing changes', async () => {
      const person = await personAt('other');
      const response = await as(managerOf.own).patch(`/api/people/${person.staffCode}`, {
        fullName: 'Tên Bị Sửa',
      });
      expect(response.status).toBe(404);
      const [stored] = await t.dataSource.query(`SELECT full_name FROM people WHERE id = $1`, [
        person.id,
      ]);
      expect(stored.full_name).toBe('Phạm Thị Lan');
    });
  });

  describe('assignments', () => {
    it('adds an assignment (201), and the same person, unit and start again is 409', async () => {
      const person = await personAt('sibling');
      const body = {
        unitCode: units.child.code,
        communicationOfficer: true,
        startDate: '2026-10-01',
      };
      const first = await as(managerOf.own).post(
        `/api/people/${person.staffCode}/assignments`,
        body,
      );
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        id: expect.any(String),
        unit: { code: units.child.code, name: 'Trường Tiểu học Thử' },
        position: null,
        communicationOfficer: true,
        startDate: '2026-10-01',
        endDate: null,
      });
      const again = await as(admin).post(`/api/people/${person.staffCode}/assignments`, body);
      expect(again.status).toBe(409);
      expect(await countWhere(`assignments WHERE person_id = $1`, [person.id])).toBe(2);
    });

    it('a manager adding an assignment outside their scope gets 404 and nothing is written', async () => {
      const person = await personAt('own');
      const response = await as(managerOf.own).post(`/api/people/${person.staffCode}/assignments`, {
        unitCode: units.sibling.code,
        communicationOfficer: false,
        startDate: '2026-10-01',
      });
      expect(response.status).toBe(404);
      expect(await countWhere(`assignments WHERE person_id = $1`, [person.id])).toBe(1);
    });

    it('ends an assignment, refuses an end before its start, and audits', async () => {
      const person = await personAt('child');
      const url = `/api/assignments/${person.assignmentId}`;
      const early = await as(managerOf.own).patch(url, { endDate: '2019-12-31' });
      expect(early.status).toBe(400);
      const ended = await as(managerOf.own).patch(url, {
        endDate: '2026-08-31',
        position: 'Tổ trưởng',
      });
      expect(ended.status).toBe(200);
      expect(ended.body).toMatchObject({
        endDate: '2026-08-31',
        position: 'Tổ trưởng',
        startDate: '2020-02-01',
      });
      const reopened = await as(admin).patch(url, { endDate: null });
      expect(reopened.body.endDate).toBeNull();
      expect(
        await countWhere(`audit_events WHERE entity_id = $1 AND action = 'assignment.updated'`, [
          person.assignmentId,
        ]),
      ).toBe(2);
    });

    it.each([
      {
        who: 'manager of sibling',
        grants: (u: Branches) => [{ role: 'unit_manager' as Role, unitId: u.sibling.id }],
        expected: 404,
      },
      {
        who: 'manager of child',
        grants: (u: Branches) => [{ role: 'unit_manager' as Role, unitId: u.child.id }],
        expected: 404,
      },
      {
        who: 'learner at own',
        grants: (u: Branches) => [{ role: 'learner' as Role, unitId: u.own.id }],
        expected: 403,
      },
    ])('$who changing an assignment at own gets $expected and nothing changes', async (c) => {
      const person = await personAt('own');
      const { token } = await signedIn(t, c.grants(units));
      const response = await as(token).patch(`/api/assignments/${person.assignmentId}`, {
        endDate: '2026-01-01',
      });
      expect(response.status).toBe(c.expected);
      const [row] = await t.dataSource.query(`SELECT end_date FROM assignments WHERE id = $1`, [
        person.assignmentId,
      ]);
      expect(row.end_date).toBeNull();
    });

    it('answers 404 for an id that is not one', async () => {
      expect((await as(admin).patch('/api/assignments/not-a-uuid', { endDate: null })).status).toBe(
        404,
      );
    });
  });
});
