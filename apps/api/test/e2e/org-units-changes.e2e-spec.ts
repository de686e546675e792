import { createTestApp, TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import { unique } from '../factories/unique';
import { createAssignment, createPerson } from '../factories/people.factory';
import { createBranches, createUnit } from '../factories/units.factory';

describe('org units: effective-dated changes', () => {
  let t: TestApp;
  let admin: string;
  const send = (token: string | null, method: 'post' | 'patch', url: string, body: object) => {
    const req = t.http()[method](url).send(body);
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };
  const get = (token: string, url: string) =>
    t.http().get(url).set('Authorization', `Bearer ${token}`);
  const versionsOf = async (code: string): Promise<number> => {
    const [row] = await t.dataSource.query(
      `SELECT count(v.id)::int AS n FROM units u LEFT JOIN unit_versions v ON v.unit_id = u.id WHERE u.code = $1`,
      [code],
    );
    return row.n;
  };
  const unitCount = async (code: string): Promise<number> =>
    (await t.dataSource.query(`SELECT 1 FROM units WHERE code = $1`, [code])).length;

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await signedIn(t, [{ role: 'department_admin' }])).token;
  });
  afterAll(() => t.close());

  it('creates a unit from a date and audits it', async () => {
    const parent = await createUnit(t.dataSource, { kind: 'commune' });
    const code = unique('N');
    const response = await send(admin, 'post', '/api/units', {
      code,
      name: 'Trường Mầm non Hoa Sen',
      kind: 'preschool',
      parentCode: parent.code,
      effectiveFrom: '2026-09-01',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      code,
      name: 'Trường Mầm non Hoa Sen',
      parent: { code: parent.code },
      staffCount: 0,
    });
    expect((await get(admin, `/api/units/${code}?asOf=2026-08-31`)).status).toBe(404);
    expect((await get(admin, `/api/units/${code}?asOf=2026-09-01`)).status).toBe(200);
    const audit = await t.dataSource.query(
      `SELECT action FROM audit_events WHERE entity_id = (SELECT id::text FROM units WHERE code = $1)`,
      [code],
    );
    expect(audit).toEqual([{ action: 'unit.created' }]);
    const again = await send(admin, 'post', '/api/units', {
      code,
      name: 'Khác',
      kind: 'preschool',
      parentCode: parent.code,
    });
    expect(again.status).toBe(409);
  });

  it('renames from a date: earlier dates keep the old name', async () => {
    const unit = await createUnit(t.dataSource, {
      name: 'Trường THCS Cũ',
      kind: 'lower_secondary',
    });
    const response = await send(admin, 'patch', `/api/units/${unit.code}`, {
      name: 'Trường THCS Mới',
      effectiveFrom: '2026-09-01',
    });
    expect(response.status).toBe(200);
    expect(response.body.name).toBe('Trường THCS Mới');
    expect((await get(admin, `/api/units/${unit.code}?asOf=2026-08-31`)).body.name).toBe(
      'Trường THCS Cũ',
    );
    expect((await get(admin, `/api/units/${unit.code}?asOf=2026-09-01`)).body.name).toBe(
      'Trường THCS Mới',
    );
    const history = await get(admin, `/api/units/${unit.code}/history`);
    expect(history.body).toEqual([
      expect.objectContaining({
        name: 'Trường THCS Cũ',
        validFrom: '2000-01-01',
        validTo: '2026-09-01',
        change: 'created',
      }),
      expect.objectContaining({
        name: 'Trường THCS Mới',
        validFrom: '2026-09-01',
        validTo: null,
        change: 'renamed',
      }),
    ]);
    const earlier = await send(admin, 'patch', `/api/units/${unit.code}`, {
      name: 'Trường THCS Giữa',
      effectiveFrom: '2026-03-01',
    });
    expect(earlier.status).toBe(409);
    expect(earlier.body.message).toContain('01/09/2026');
    expect(await versionsOf(unit.code)).toBe(2);
  });

  it('moves from a date: the old parent keeps it before, the new parent has it after', async () => {
    const b = await createBranches(t.dataSource);
    const response = await send(admin, 'patch', `/api/units/${b.child.code}`, {
      parentCode: b.sibling.code,
      effectiveFrom: '2026-07-01',
    });
    expect(response.status).toBe(200);
    const childrenOf = async (code: string, asOf: string) =>
      (await get(admin, `/api/units/${code}/children?asOf=${asOf}`)).body.map(
        (n: { code: string }) => n.code,
      );
    expect(await childrenOf(b.own.code, '2026-06-30')).toEqual([b.child.code]);
    expect(await childrenOf(b.own.code, '2026-07-01')).toEqual([]);
    expect(await childrenOf(b.sibling.code, '2026-07-01')).toContain(b.child.code);
    expect((await get(admin, `/api/units/${b.child.code}?asOf=2026-06-30`)).body.parent.code).toBe(
      b.own.code,
    );
    expect((await get(admin, `/api/units/${b.child.code}?asOf=2026-07-01`)).body.parent.code).toBe(
      b.sibling.code,
    );
  });

  it.each([
    { what: 'under itself', target: 'own' },
    { what: 'under a unit below it', target: 'child' },
  ] as const)('refuses a move $what', async ({ target }) => {
    const b = await createBranches(t.dataSource);
    const response = await send(admin, 'patch', `/api/units/${b.own.code}`, {
      parentCode: b[target].code,
      effectiveFrom: '2026-07-01',
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó',
    });
    expect(await versionsOf(b.own.code)).toBe(1);
  });

  it('closes a unit: it exists until the day before, and a unit with open children cannot close', async () => {
    const b = await createBranches(t.dataSource);
    const blocked = await send(admin, 'post', `/api/units/${b.own.code}/close`, {
      closedOn: '2026-08-01',
    });
    expect(blocked.status).toBe(409);
    expect(blocked.body.message).toContain(b.child.code);

    const closed = await send(admin, 'post', `/api/units/${b.child.code}/close`, {
      closedOn: '2026-08-01',
      mergedIntoCode: b.other.code,
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      closedOn: '2026-08-01',
      mergedInto: { code: b.other.code, name: b.other.name },
    });
    expect((await get(admin, `/api/units/${b.child.code}?asOf=2026-07-31`)).status).toBe(200);
    expect((await get(admin, `/api/units/${b.child.code}?asOf=2026-08-01`)).status).toBe(404);
    expect((await get(admin, `/api/units/${b.own.code}?asOf=2026-08-01`)).body.childCount).toBe(0);
    expect((await get(admin, `/api/units/${b.own.code}?asOf=2026-07-31`)).body.childCount).toBe(1);
    const history = (await get(admin, `/api/units/${b.child.code}/history`)).body;
    expect(history[history.length - 1]).toMatchObject({
      validFrom: '2026-08-01',
      change: 'merged',
    });
    const again = await send(admin, 'post', `/api/units/${b.child.code}/close`, {
      closedOn: '2026-09-01',
    });
    expect(again.status).toBe(404);
  });

  it('refuses to close a unit where people still work, naming how many; closing after they left works', async () => {
    const b = await createBranches(t.dataSource);
    const person = await createPerson(t.dataSource);
    const assignment = await createAssignment(t.dataSource, {
      personId: person.id,
      unitId: b.child.id,
    });
    const blocked = await send(admin, 'post', `/api/units/${b.child.code}/close`, {
      closedOn: '2026-08-01',
    });
    expect(blocked.status).toBe(409);
    expect(blocked.body.message).toContain('vẫn còn 1 cán bộ');
    const [unit] = await t.dataSource.query(`SELECT closed_on FROM units WHERE id = $1`, [
      b.child.id,
    ]);
    expect(unit.closed_on).toBeNull();
    await t.dataSource.query(`UPDATE assignments SET end_date = '2026-07-31' WHERE id = $1`, [
      assignment.id,
    ]);
    const closed = await send(admin, 'post', `/api/units/${b.child.code}/close`, {
      closedOn: '2026-08-01',
    });
    expect(closed.status).toBe(200);
  });

  describe('a unit manager', () => {
    let b: Awaited<ReturnType<typeof createBranches>>;
    let manager: string;
    beforeAll(async () => {
      b = await createBranches(t.dataSource);
      manager = (await signedIn(t, [{ role: 'unit_manager', unitId: b.own.id }])).token;
    });

    it('creates units below the managed unit', async () => {
      const code = unique('M');
      const response = await send(manager, 'post', '/api/units', {
        code,
        name: 'Trường THCS Mới Lập',
        kind: 'lower_secondary',
        parentCode: b.own.code,
      });
      expect(response.status).toBe(201);
      expect(response.body.path).toEqual([{ code: b.own.code, name: b.own.name, kind: 'commune' }]);
    });

    it.each([
      { under: 'sibling', status: 404 },
      { under: 'other', status: 404 },
    ] as const)(
      'cannot create under $under ($status), and nothing is written',
      async ({ under, status }) => {
        const code = unique('M');
        const response = await send(manager, 'post', '/api/units', {
          code,
          name: 'Không được tạo',
          kind: 'primary',
          parentCode: b[under].code,
        });
        expect(response.status).toBe(status);
        expect(await unitCount(code)).toBe(0);
      },
    );

    it.each([
      { unit: 'child', status: 200 },
      { unit: 'own', status: 403 }, // visible, but only units below it may change
      { unit: 'sibling', status: 404 },
      { unit: 'other', status: 404 },
    ] as const)('renaming $unit → $status', async ({ unit, status }) => {
      const code = b[unit].code;
      const response = await send(manager, 'patch', `/api/units/${code}`, {
        name: `Tên mới ${unique()}`,
        effectiveFrom: '2026-10-01',
      });
      expect(response.status).toBe(status);
      expect(await versionsOf(code)).toBe(status === 200 ? 2 : 1);
    });

    it('cannot move a unit out of the managed branch, nor close outside it', async () => {
      const school = await createUnit(t.dataSource, { parentCode: b.own.code, kind: 'primary' });
      const move = await send(manager, 'patch', `/api/units/${school.code}`, {
        parentCode: b.sibling.code,
        effectiveFrom: '2026-10-01',
      });
      expect(move.status).toBe(404);
      const close = await send(manager, 'post', `/api/units/${b.other.code}/close`, {
        closedOn: '2026-10-01',
      });
      expect(close.status).toBe(404);
      expect(await versionsOf(school.code)).toBe(1);
      const [other] = await t.dataSource.query(`SELECT closed_on FROM units WHERE id = $1`, [
        b.other.id,
      ]);
      expect(other.closed_on).toBeNull();
    });
  });

  it('refuses writes to learners (403) and anonymous callers (401)', async () => {
    const learner = (await signedIn(t, [{ role: 'learner' }])).token;
    const body = { code: unique('L'), name: 'X', kind: 'other', parentCode: 'SGDDT' };
    expect((await send(learner, 'post', '/api/units', body)).status).toBe(403);
    expect((await send(null, 'post', '/api/units', body)).status).toBe(401);
    expect(await unitCount(body.code)).toBe(0);
  });
});
