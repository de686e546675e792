import { createTestApp, TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import { unique } from '../factories/unique';
import { createBranches, createUnit, type CreatedUnit } from '../factories/units.factory';
import { ancestryMismatches, closureBelow } from '../support/unit-ancestries';

/**
 * `unit_ancestries`, the effective-dated closure of the unit tree that coverage and scopes read,
 * is kept by triggers on `unit_versions`: whatever writes the tree (the unit services, the units
 * import, plain SQL), it must equal a recursive walk of the versions on every date.
 */
describe('unit ancestries: the tree closure follows every change of the tree', () => {
  let t: TestApp;
  let admin: string;
  const send = (method: 'post' | 'patch', url: string, body: object) =>
    t.http()[method](url).send(body).set('Authorization', `Bearer ${admin}`);
  const ids = (...units: CreatedUnit[]) => units.map((u) => u.id);
  const below = async (ancestor: CreatedUnit, asOf: string) =>
    (await closureBelow(t.dataSource, ancestor.id, asOf)).map((r) => [r.unit_id, r.branch_id]);
  const sorted = (rows: (string | null)[][]) =>
    [...rows].sort((a, b) => String(a[0]).localeCompare(String(b[0])));

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await signedIn(t, [{ role: 'department_admin' }])).token;
  });
  afterAll(() => t.close());

  it('a moved unit takes everything below it to its new parent from the date, and the past keeps the old one', async () => {
    const b = await createBranches(t.dataSource);
    const grandchild = await createUnit(t.dataSource, { parentCode: b.child.code });
    const moved = await send('patch', `/api/units/${b.child.code}`, {
      parentCode: b.sibling.code,
      effectiveFrom: '2026-07-01',
    });
    expect(moved.status).toBe(200);

    expect(sorted(await below(b.own, '2026-06-30'))).toEqual(
      sorted([
        [b.own.id, null],
        [b.child.id, b.child.id],
        [grandchild.id, b.child.id],
      ]),
    );
    expect(await below(b.own, '2026-07-01')).toEqual([[b.own.id, null]]);
    expect(sorted(await below(b.sibling, '2026-07-01'))).toEqual(
      sorted([
        [b.sibling.id, null],
        [b.other.id, b.other.id],
        [b.child.id, b.child.id],
        [grandchild.id, b.child.id],
      ]),
    );
    const all = ids(b.own, b.child, b.sibling, b.other, grandchild);
    expect(await ancestryMismatches(t.dataSource, all)).toEqual([]);
  });

  it('follows a close, a reopen under another parent, a rename and a deleted version', async () => {
    const b = await createBranches(t.dataSource);
    const all = ids(b.own, b.child, b.sibling, b.other);
    const closed = await send('post', `/api/units/${b.child.code}/close`, {
      closedOn: '2026-08-01',
    });
    expect(closed.status).toBe(200);
    expect(await below(b.own, '2026-08-01')).toEqual([[b.own.id, null]]);
    expect(await ancestryMismatches(t.dataSource, all)).toEqual([]);

    await t.dataSource.query(
      `INSERT INTO unit_versions (unit_id, name, kind, parent_id, valid_from)
       VALUES ($1, 'Trường Tiểu học Thử (mở lại)', 'primary', $2, '2026-10-01')`,
      [b.child.id, b.other.id],
    );
    expect(await below(b.other, '2026-10-01')).toEqual(
      sorted([
        [b.other.id, null],
        [b.child.id, b.child.id],
      ]),
    );
    expect(sorted(await below(b.sibling, '2026-10-01'))).toContainEqual([b.child.id, b.other.id]);
    expect(await ancestryMismatches(t.dataSource, all)).toEqual([]);

    const renamed = await send('patch', `/api/units/${b.sibling.code}`, {
      name: 'Xã Bên Cạnh Mới',
      effectiveFrom: '2026-11-01',
    });
    expect(renamed.status).toBe(200);
    expect(await ancestryMismatches(t.dataSource, all)).toEqual([]);

    await t.dataSource.query(
      `DELETE FROM unit_versions WHERE unit_id = $1 AND valid_from = '2026-10-01'`,
      [b.child.id],
    );
    expect(await below(b.other, '2026-10-01')).toEqual([[b.other.id, null]]);
    expect(await ancestryMismatches(t.dataSource, all)).toEqual([]);
  });

  it('follows a units import that creates a branch whose parents come later in the file and moves a unit into it', async () => {
    const b = await createBranches(t.dataSource);
    const [school, cluster] = [unique('S'), unique('C')];
    const file = [
      'Mã đơn vị;Tên đơn vị;Loại đơn vị;Mã đơn vị cấp trên;Hiệu lực từ',
      `${school};Trường Tiểu học Hoa Phượng;Trường tiểu học;${cluster};01/01/2026`,
      `${cluster};Cụm trường Hoa Phượng;Đơn vị trực thuộc;${b.sibling.code};01/01/2026`,
      `${b.child.code};${b.child.name};Trường tiểu học;${cluster};01/09/2026`,
    ].join('\r\n');
    const response = await t
      .http()
      .post('/api/units/import')
      .attach('file', Buffer.from(file, 'utf8'), 'don-vi.csv')
      .set('Authorization', `Bearer ${admin}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ created: 2, updated: 1 });

    const [created]: { ids: string[] }[] = await t.dataSource.query(
      `SELECT array_agg(id ORDER BY code) AS ids FROM units WHERE code = ANY($1::varchar[])`,
      [[cluster, school]],
    );
    const [clusterId, schoolId] = created.ids;
    expect(sorted(await below(b.sibling, '2026-09-01'))).toEqual(
      sorted([
        [b.sibling.id, null],
        [b.other.id, b.other.id],
        [clusterId, clusterId],
        [schoolId, clusterId],
        [b.child.id, clusterId],
      ]),
    );
    expect(await below(b.own, '2026-09-01')).toEqual([[b.own.id, null]]);
    expect(sorted(await below(b.own, '2026-08-31'))).toEqual(
      sorted([
        [b.own.id, null],
        [b.child.id, b.child.id],
      ]),
    );
    const all = [...ids(b.own, b.child, b.sibling, b.other), clusterId, schoolId];
    expect(await ancestryMismatches(t.dataSource, all)).toEqual([]);
  });
});
