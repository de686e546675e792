import ExcelJS from 'exceljs';
import { STAFF_FILE_COLUMNS } from '@loa/contracts';
import { createTestApp, TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import { createAssignment, createPerson } from '../factories/people.factory';
import { unique } from '../factories/unique';
import { createBranches } from '../factories/units.factory';

type Branches = Awaited<ReturnType<typeof createBranches>>;

/** supertest parser collecting a binary body (the XLSX) into a Buffer. */
const binary = (
  res: { on: (event: string, listener: (chunk?: Buffer) => void) => void },
  done: (error: Error | null, body: Buffer) => void,
): void => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk) => chunks.push(chunk!));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('roster', () => {
  let t: TestApp;
  let units: Branches;
  let admin: string;
  const staff: Record<string, string> = {};

  /**
   * own (renamed on 2026-01-01) with its child school:
   * stayer at own 2020→, left at own 2020→2025-12-31, joiner at own from 2026-06-01,
   * twice at own and at child from 2021, pupil at child from 2020, stranger at sibling.
   */
  beforeAll(async () => {
    t = await createTestApp();
    units = await createBranches(t.dataSource);
    await t.dataSource.query(
      `UPDATE unit_versions SET valid_to = '2026-01-01' WHERE unit_id = $1;
       `,
      [units.own.id],
    );
    await t.dataSource.query(
      `INSERT INTO unit_versions (unit_id, name, kind, parent_id, valid_from, change)
       SELECT unit_id, 'Phường Tên Mới', kind, parent_id, '2026-01-01', 'renamed'
         FROM unit_versions WHERE unit_id = $1`,
      [units.own.id],
    );
    const people: [string, string, string, string, string | null, boolean][] = [
      ['stayer', 'Bùi Văn Bình', units.own.id, '2020-01-01', null, true],
      ['left', 'Âu Thị Ánh', units.own.id, '2020-01-01', '2025-12-31', false],
      ['joiner', 'Nguyễn Thị Hoa', units.own.id, '2026-06-01', null, false],
      ['twice', 'Đặng Văn Đức', units.own.id, '2021-01-01', null, false],
      ['pupil', 'Trần Thị Mai', units.child.id, '2020-01-01', null, true],
      ['stranger', 'Lê Văn Lạ', units.sibling.id, '2020-01-01', null, false],
    ];
    for (const [key, fullName, unitId, startDate, endDate, officer] of people) {
      const person = await createPerson(t.dataSource, { fullName });
      staff[key] = person.staffCode;
      await createAssignment(t.dataSource, {
        personId: person.id,
        unitId,
        startDate,
        endDate,
        communicationOfficer: officer,
      });
      if (key === 'twice') {
        await createAssignment(t.dataSource, {
          personId: person.id,
          unitId: units.child.id,
          startDate,
          position: 'Hiệu phó',
        });
      }
    }
    admin = (await signedIn(t, [{ role: 'department_admin' }])).token;
  });
  afterAll(() => t.close());

  const roster = (token: string, code: string, query = '') =>
    t.http().get(`/api/units/${code}/roster${query}`).set('Authorization', `Bearer ${token}`);
  const codesOf = (body: { items: { person: { staffCode: string } }[] }) =>
    body.items.map((item) => item.person.staffCode);

  it('lists the assignments in force on a past date, with the unit named as it was then', async () => {
    const response = await roster(admin, units.own.code, '?asOf=2025-06-01');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ asOf: '2025-06-01', total: 3, personCount: 3 });
    // Vietnamese order: Âu < Bùi < Đặng (byte order would put Â after B).
    expect(codesOf(response.body)).toEqual([staff.left, staff.stayer, staff.twice]);
    expect(response.body.items[0].assignment).toMatchObject({
      unit: { code: units.own.code, name: 'Phường Thử Nghiệm', kind: 'commune' },
      endDate: '2025-12-31',
    });
  });

  it('on a later date drops who left, adds who joined, and shows the new name', async () => {
    const response = await roster(admin, units.own.code, '?asOf=2026-07-01');
    expect(codesOf(response.body)).toEqual([staff.stayer, staff.twice, staff.joiner]);
    expect(response.body.items[0].assignment.unit.name).toBe('Phường Tên Mới');
    const beforeJoining = await roster(admin, units.own.code, '?asOf=2026-05-31');
    expect(codesOf(beforeJoining.body)).not.toContain(staff.joiner);
    const lastDay = await roster(admin, units.own.code, '?asOf=2025-12-31');
    expect(codesOf(lastDay.body)).toContain(staff.left); // end dates are inclusive
  });

  it('with the subtree lists every assignment but counts a person with two of them once', async () => {
    const response = await roster(admin, units.own.code, '?asOf=2026-07-01&subtree=true');
    expect(response.body).toMatchObject({ total: 5, personCount: 4 });
    expect(codesOf(response.body).filter((code) => code === staff.twice)).toHaveLength(2);
    expect(codesOf(response.body)).not.toContain(staff.stranger);
  });

  it('filters by name without accents, by staff code, and by the communication-officer flag', async () => {
    const byName = await roster(admin, units.own.code, '?asOf=2026-07-01&q=nguyen%20thi');
    expect(codesOf(byName.body)).toEqual([staff.joiner]);
    const byCode = await roster(admin, units.own.code, `?asOf=2026-07-01&q=${staff.stayer}`);
    expect(codesOf(byCode.body)).toEqual([staff.stayer]);
    const officers = await roster(
      admin,
      units.own.code,
      '?asOf=2026-07-01&subtree=true&communicationOfficer=true',
    );
    expect(codesOf(officers.body).sort()).toEqual([staff.stayer, staff.pupil].sort());
  });

  it('pages through the roster', async () => {
    const second = await roster(
      admin,
      units.own.code,
      '?asOf=2026-07-01&subtree=true&pageSize=2&page=2',
    );
    expect(second.body.total).toBe(5);
    expect(second.body.items).toHaveLength(2);
    const all = await roster(admin, units.own.code, '?asOf=2026-07-01&subtree=true');
    expect(second.body.items).toEqual(all.body.items.slice(2, 4));
  });

  it('refuses a date that does not exist and unknown parameters', async () => {
    expect((await roster(admin, units.own.code, '?asOf=2026-02-31')).status).toBe(400);
    expect((await roster(admin, units.own.code, '?sort=name')).status).toBe(400);
    expect((await roster(admin, units.own.code, '?pageSize=5000')).status).toBe(400);
  });

  it.each([
    { who: 'manager of own', unit: 'own', expected: 200 },
    { who: 'manager of own', unit: 'child', expected: 200 },
    { who: 'manager of own', unit: 'sibling', expected: 404 },
    { who: 'manager of own', unit: 'other', expected: 404 },
    { who: 'manager of child', unit: 'own', expected: 404 },
    { who: 'manager of child', unit: 'child', expected: 200 },
    { who: 'learner at own', unit: 'own', expected: 403 },
    { who: 'department admin', unit: 'other', expected: 200 },
  ] as const)('$who reading $unit → $expected', async ({ who, unit, expected }) => {
    const grants = {
      'manager of own': [{ role: 'unit_manager' as const, unitId: units.own.id }],
      'manager of child': [{ role: 'unit_manager' as const, unitId: units.child.id }],
      'learner at own': [{ role: 'learner' as const, unitId: units.own.id }],
      'department admin': [{ role: 'department_admin' as const }],
    }[who];
    const { token } = await signedIn(t, grants);
    const response = await roster(token, units[unit].code);
    expect(response.status).toBe(expected);
    if (expected === 404) expect(response.body.code).toBe('NOT_FOUND');
    const file = await t
      .http()
      .get(`/api/units/${units[unit].code}/roster.xlsx`)
      .set('Authorization', `Bearer ${token}`);
    expect(file.status).toBe(expected);
  });

  it('answers 401 without a token and 404 for an unknown unit', async () => {
    expect((await t.http().get(`/api/units/${units.own.code}/roster`)).status).toBe(401);
    expect((await t.http().get(`/api/units/${units.own.code}/roster.xlsx`)).status).toBe(401);
    expect((await roster(admin, unique('NOPE'))).status).toBe(404);
  });

  it('exports an XLSX with the import header on row 1, file dates and formula-safe text', async () => {
    const sneaky = await createPerson(t.dataSource, { fullName: '=HYPERLINK("http://x","y")' });
    await createAssignment(t.dataSource, {
      personId: sneaky.id,
      unitId: units.child.id,
      startDate: '2022-03-15',
      position: '+84 912 345 678',
      communicationOfficer: true,
    });
    const response = await t
      .http()
      .get(`/api/units/${units.own.code}/roster.xlsx?asOf=2026-07-01&subtree=true`)
      .set('Authorization', `Bearer ${admin}`)
      .buffer(true)
      .parse(binary as never);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="danh-sach-can-bo-${units.own.code}-01-07-2026.xlsx"`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, ...STAFF_FILE_COLUMNS.map((c) => c.vi)]);
    expect(sheet.actualRowCount).toBe(1 + 6);
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    const sneakyRow = rows.find((row) => row[1] === sneaky.staffCode)!;
    expect(sneakyRow.slice(1)).toEqual(
      [
        sneaky.staffCode,
        `'=HYPERLINK("http://x","y")`,
        '17/05/1990',
        '',
        '',
        '',
        units.child.code,
        'Trường Tiểu học Thử',
        `'+84 912 345 678`,
        'có',
        '15/03/2022',
        '',
      ].map((v) => (v === '' ? undefined : v)),
    );
    sheet.eachRow((row) =>
      row.eachCell((cell) => expect(cell.type).toBe(ExcelJS.ValueType.String)),
    );
    const stayerRow = rows.find((row) => row[1] === staff.stayer)!;
    expect(stayerRow[8]).toBe('Phường Tên Mới');
    expect(stayerRow[10]).toBe('có');
    expect(stayerRow[11]).toBe('01/01/2020');
  });
});
