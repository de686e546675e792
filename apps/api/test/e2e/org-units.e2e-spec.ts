import { createTestApp, TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import { createAssignment, createPerson } from '../factories/people.factory';
import { unique } from '../factories/unique';
import { createBranches, createUnit } from '../factories/units.factory';

type Branches = Awaited<ReturnType<typeof createBranches>>;

describe('org units: reading the tree', () => {
  let t: TestApp;
  let b: Branches;
  let admin: string;
  let manager: string;
  let learner: string;
  const get = (token: string | null, url: string) => {
    const req = t.http().get(url);
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };

  beforeAll(async () => {
    t = await createTestApp();
    b = await createBranches(t.dataSource);
    admin = (await signedIn(t, [{ role: 'department_admin' }])).token;
    manager = (await signedIn(t, [{ role: 'unit_manager', unitId: b.own.id }])).token;
    learner = (await signedIn(t, [{ role: 'learner', unitId: b.child.id }])).token;
  });
  afterAll(() => t.close());

  it('gives each role the roots of its tree', async () => {
    const asAdmin = await get(admin, '/api/units/roots');
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.body).toEqual([
      expect.objectContaining({
        code: 'SGDDT',
        name: 'Sở Giáo dục và Đào tạo',
        kind: 'department',
      }),
    ]);
    const asManager = await get(manager, '/api/units/roots');
    expect(asManager.body).toEqual([
      { code: b.own.code, name: b.own.name, kind: 'commune', childCount: 1 },
    ]);
    expect((await get(learner, '/api/units/roots')).body).toEqual([]);
    expect((await get(null, '/api/units/roots')).status).toBe(401);
  });

  it.each([
    { who: 'admin', unit: 'own', status: 200 },
    { who: 'admin', unit: 'other', status: 200 },
    { who: 'manager', unit: 'own', status: 200 },
    { who: 'manager', unit: 'child', status: 200 },
    { who: 'manager', unit: 'sibling', status: 404 },
    { who: 'manager', unit: 'other', status: 404 },
    { who: 'learner', unit: 'child', status: 404 },
    { who: 'anonymous', unit: 'own', status: 401 },
  ] as const)('$who reading $unit → $status', async ({ who, unit, status }) => {
    const token = { admin, manager, learner, anonymous: null }[who];
    const code = b[unit].code;
    for (const url of [
      `/api/units/${code}`,
      `/api/units/${code}/children`,
      `/api/units/${code}/history`,
    ]) {
      const response = await get(token, url);
      expect({ url, status: response.status }).toEqual({ url, status });
      if (status === 404) expect(response.body.code).toBe('NOT_FOUND');
    }
  });

  it('describes a unit with its path, counts and parent; managers see the path from their unit', async () => {
    const asAdmin = await get(admin, `/api/units/${b.child.code}`);
    expect(asAdmin.body).toEqual({
      code: b.child.code,
      name: 'Trường Tiểu học Thử',
      kind: 'primary',
      parent: { code: b.own.code, name: b.own.name, kind: 'commune' },
      path: [
        { code: 'SGDDT', name: 'Sở Giáo dục và Đào tạo', kind: 'department' },
        { code: b.own.code, name: b.own.name, kind: 'commune' },
      ],
      childCount: 0,
      staffCount: 0,
      closedOn: null,
      mergedInto: null,
    });
    const asManager = await get(manager, `/api/units/${b.child.code}`);
    expect(asManager.body.path).toEqual([{ code: b.own.code, name: b.own.name, kind: 'commune' }]);
    const own = await get(manager, `/api/units/${b.own.code}`);
    expect(own.body).toMatchObject({ path: [], parent: null, childCount: 1 });
  });

  it('counts distinct staff in force at the unit and below on the date asked', async () => {
    const top = await createUnit(t.dataSource, { kind: 'commune' });
    const school = await createUnit(t.dataSource, { kind: 'primary', parentCode: top.code });
    const both = await createPerson(t.dataSource);
    await createAssignment(t.dataSource, {
      personId: both.id,
      unitId: top.id,
      startDate: '2025-01-01',
    });
    await createAssignment(t.dataSource, {
      personId: both.id,
      unitId: school.id,
      startDate: '2025-01-01',
    });
    const left = await createPerson(t.dataSource);
    await createAssignment(t.dataSource, {
      personId: left.id,
      unitId: school.id,
      startDate: '2025-01-01',
      endDate: '2026-06-30',
    });
    const staff = async (code: string, asOf: string) =>
      (await get(admin, `/api/units/${code}?asOf=${asOf}`)).body.staffCount;
    expect(await staff(top.code, '2026-06-30')).toBe(2); // an end date is inclusive
    expect(await staff(top.code, '2026-07-01')).toBe(1); // one person at two units counts once
    expect(await staff(school.code, '2026-07-01')).toBe(1);
    expect(await staff(top.code, '2024-12-31')).toBe(0);
  });

  it('lists children in Vietnamese alphabetical order with their child counts', async () => {
    const parent = await createUnit(t.dataSource, { kind: 'commune' });
    for (const name of ['Trường Đông', 'Trường Dương', 'Trường Ân', 'Trường An', 'Trường Ba']) {
      await createUnit(t.dataSource, { name, parentCode: parent.code, kind: 'primary' });
    }
    const response = await get(admin, `/api/units/${parent.code}/children`);
    expect(response.status).toBe(200);
    expect(response.body.map((n: { name: string }) => n.name)).toEqual([
      'Trường An',
      'Trường Ân',
      'Trường Ba',
      'Trường Dương',
      'Trường Đông',
    ]);
    expect(response.body[0]).toMatchObject({ kind: 'primary', childCount: 0 });
  });

  it('searches by code or by name without accents, within the scope, with paths', async () => {
    const tag = unique('Tìm').slice(3);
    const school = await createUnit(t.dataSource, {
      name: `Trường Tiểu học Đồng Hòa ${tag}`,
      parentCode: b.own.code,
      kind: 'primary',
    });
    const outside = await createUnit(t.dataSource, {
      name: `Trường Tiểu học Đồng Hòa ${tag} B`,
      parentCode: b.sibling.code,
      kind: 'primary',
    });
    const byName = await get(
      admin,
      `/api/units/search?q=${encodeURIComponent(`truong tieu hoc dong hoa ${tag.toLowerCase()}`)}`,
    );
    expect(byName.status).toBe(200);
    expect(byName.body.map((h: { code: string }) => h.code)).toEqual([school.code, outside.code]);
    expect(byName.body[0].path).toEqual([
      { code: 'SGDDT', name: 'Sở Giáo dục và Đào tạo', kind: 'department' },
      { code: b.own.code, name: b.own.name, kind: 'commune' },
    ]);
    const asManager = await get(
      manager,
      `/api/units/search?q=${encodeURIComponent(`DONG HOA ${tag}`)}`,
    );
    expect(asManager.body).toEqual([
      {
        code: school.code,
        name: school.name,
        kind: 'primary',
        path: [{ code: b.own.code, name: b.own.name, kind: 'commune' }],
      },
    ]);
    const byCode = await get(admin, `/api/units/search?q=${school.code.toLowerCase()}`);
    expect(byCode.body[0].code).toBe(school.code);
    expect((await get(learner, `/api/units/search?q=${school.code}`)).body).toEqual([]);
    expect((await get(admin, '/api/units/search?q=x&limit=500')).status).toBe(400);
  });

  it('refuses a date that does not exist', async () => {
    const response = await get(admin, `/api/units/${b.own.code}?asOf=2026-02-31`);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
  });
});
