import ExcelJS from 'exceljs';
import { createTestApp, TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import { createAssignment, createPerson } from '../factories/people.factory';
import { unique } from '../factories/unique';
import { createBranches } from '../factories/units.factory';

type Branches = Awaited<ReturnType<typeof createBranches>>;

const VI_HEADER =
  'Mã cán bộ,Họ và tên,Ngày sinh,Giới tính,Email,Số điện thoại,Mã đơn vị,Chức vụ,Cán bộ truyền thông,Ngày bắt đầu,Ngày kết thúc';

const csv = (lines: string[]): Buffer => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');

/** supertest parser collecting a binary body (the XLSX) into a Buffer. */
const binary = (
  res: { on: (event: string, listener: (chunk?: Buffer) => void) => void },
  done: (error: Error | null, body: Buffer) => void,
): void => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk) => chunks.push(chunk!));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('staff import', () => {
  let t: TestApp;
  let units: Branches;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    units = await createBranches(t.dataSource);
    admin = (await signedIn(t, [{ role: 'department_admin' }])).token;
  });
  afterAll(() => t.close());

  const upload = (token: string, query: string, file: Buffer, name = 'can-bo.csv') =>
    t
      .http()
      .post(`/api/staff/import${query}`)
      .set('Authorization', `Bearer ${token}`)
      .attach('file', file, name);

  const assignmentsOf = (staffCode: string) =>
    t.dataSource.query(
      `SELECT u.code AS unit, a.position, a.is_communication_officer AS officer,
              a.start_date::text AS start, a.end_date::text AS "end"
         FROM assignments a JOIN people p ON p.id = a.person_id JOIN units u ON u.id = a.unit_id
        WHERE p.staff_code = $1 ORDER BY a.start_date, u.code`,
      [staffCode],
    );
  const personOf = async (staffCode: string) =>
    (
      await t.dataSource.query(
        `SELECT full_name, date_of_birth::text AS born, gender, email, phone FROM people WHERE staff_code = $1`,
        [staffCode],
      )
    )[0];

  it('rows mode: a CSV with a BOM and Vietnamese headers creates, updates and leaves alone', async () => {
    const existing = await createPerson(t.dataSource, { fullName: 'Vũ Văn Cũ' });
    await createAssignment(t.dataSource, {
      personId: existing.id,
      unitId: units.own.id,
      startDate: '2020-01-01',
      position: 'Giáo viên',
    });
    const [a, b] = [unique('CB'), unique('CB')];
    const file = csv([
      VI_HEADER,
      `${a},Nguyễn Thị An,15/03/1990,Nữ,an@truong.edu.vn,0912345678,${units.own.code},Văn thư,có,01/09/2026,`,
      `${a},Nguyễn Thị An,15/03/1990,,,,${units.child.code},Giáo viên,x,01/09/2026,31/12/2026`,
      `${b},"Trần Văn Bình",1/2/1985,Nam,,,${units.child.code},,không,2026-09-01,`,
      `${existing.staffCode},Vũ Văn Cũ,17/05/1990,,,,${units.own.code},Giáo viên,,01/01/2020,`,
      `${existing.staffCode},Vũ Văn Cũ,17/05/1990,,,,${units.child.code},Tổ trưởng,1,01/01/2020,`,
    ]);
    const response = await upload(admin, '', file);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      dryRun: false,
      created: 4,
      updated: 0,
      ended: 0,
      unchanged: 1,
      people: { created: 2, updated: 0, unchanged: 1 },
      previewTruncated: false,
    });
    expect(response.body.preview).toHaveLength(5);
    expect(response.body.preview[0]).toEqual({
      row: 2,
      action: 'create',
      key: `${a} · ${units.own.code} · 01/09/2026`,
      summary: 'Thêm nhiệm vụ của Nguyễn Thị An (cán bộ mới)',
    });
    expect(await personOf(a)).toEqual({
      full_name: 'Nguyễn Thị An',
      born: '1990-03-15',
      gender: 'female',
      email: 'an@truong.edu.vn',
      phone: '0912345678',
    });
    const ofA = await assignmentsOf(a);
    expect(ofA).toHaveLength(2);
    expect(ofA).toEqual(
      expect.arrayContaining([
        {
          unit: units.own.code,
          position: 'Văn thư',
          officer: true,
          start: '2026-09-01',
          end: null,
        },
        {
          unit: units.child.code,
          position: 'Giáo viên',
          officer: true,
          start: '2026-09-01',
          end: '2026-12-31',
        },
      ]),
    );
    expect(await assignmentsOf(b)).toEqual([
      { unit: units.child.code, position: null, officer: false, start: '2026-09-01', end: null },
    ]);

    const again = await upload(admin, '', file);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    expect(again.body.people).toEqual({ created: 0, updated: 0, unchanged: 3 });
  });

  it('rows mode: updates the person and the assignment identified by (person, unit, start)', async () => {
    const person = await createPerson(t.dataSource, { fullName: 'Lê Thị Cũ' });
    await createAssignment(t.dataSource, {
      personId: person.id,
      unitId: units.own.id,
      startDate: '2021-02-01',
    });
    const response = await upload(
      admin,
      '',
      csv([
        VI_HEADER,
        `${person.staffCode},Lê Thị Mới,17/05/1990,,,,${units.own.code},Hiệu trưởng,có,01/02/2021,30/06/2026`,
      ]),
    );
    expect(response.body).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    expect(response.body.people).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(response.body.preview[0].summary).toBe(
      'Cập nhật chức vụ, cán bộ truyền thông, ngày kết thúc (cập nhật họ tên của cán bộ)',
    );
    expect((await personOf(person.staffCode)).full_name).toBe('Lê Thị Mới');
    expect(await assignmentsOf(person.staffCode)).toEqual([
      {
        unit: units.own.code,
        position: 'Hiệu trưởng',
        officer: true,
        start: '2021-02-01',
        end: '2026-06-30',
      },
    ]);
    const filename = `${unique('lan')}.csv`;
    const row = `${person.staffCode},Lê Thị Mới,17/05/1990,,,,${units.own.code},Hiệu trưởng,có,01/02/2021,30/06/2026`;
    await upload(admin, '', csv([VI_HEADER, row]), filename);
    const [audited] = await t.dataSource.query(
      `SELECT details FROM audit_events WHERE action = 'staff.imported' AND details->>'filename' = $1`,
      [filename],
    );
    expect(audited.details).toMatchObject({ mode: 'rows', unchanged: 1, created: 0 });
  });

  it('new assignments keep their text as written: backslashes, quotes and \\N; empty is null', async () => {
    const code = unique('CB');
    const response = await upload(
      admin,
      '',
      csv([
        VI_HEADER,
        `${code},Đặng Thị Chữ,02/03/1991,,,,${units.own.code},"Tổ trưởng \\ ""khối 5"" \\N",có,01/09/2026,`,
        `${code},Đặng Thị Chữ,02/03/1991,,,,${units.child.code},,,01/09/2026,`,
      ]),
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    const stored = await assignmentsOf(code);
    expect(stored).toHaveLength(2);
    expect(stored).toEqual(
      expect.arrayContaining([
        { unit: units.child.code, position: null, officer: false, start: '2026-09-01', end: null },
        {
          unit: units.own.code,
          position: 'Tổ trưởng \\ "khối 5" \\N',
          officer: true,
          start: '2026-09-01',
          end: null,
        },
      ]),
    );
  });

  it('rows mode: an XLSX with English headers, real date cells and x for yes', async () => {
    const code = unique('CB');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow([
      'STAFF_CODE',
      'Full name',
      'date_of_birth',
      'unit_code',
      'communication_officer',
      'Start date',
    ]);
    sheet.addRow([
      code,
      'Hoàng Thị Xuân',
      new Date(Date.UTC(1992, 6, 20)),
      units.child.code,
      'x',
      '05/09/2026',
    ]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await upload(admin, '', file, 'staff.xlsx');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ created: 1, people: { created: 1 } });
    expect((await personOf(code)).born).toBe('1992-07-20');
    expect(await assignmentsOf(code)).toEqual([
      { unit: units.child.code, position: null, officer: true, start: '2026-09-05', end: null },
    ]);
  });

  it('dry run answers the same and writes nothing', async () => {
    const code = unique('CB');
    const file = csv([
      VI_HEADER,
      `${code},Đỗ Văn Thử,01/01/1991,,,,${units.own.code},,có,01/10/2026,`,
    ]);
    const filename = `${unique('thu')}.csv`;
    const dry = await upload(admin, '?dryRun=true', file, filename);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, created: 1, people: { created: 1 } });
    expect(await personOf(code)).toBeUndefined();
    const audited = await t.dataSource.query(
      `SELECT 1 FROM audit_events WHERE action = 'staff.imported' AND details->>'filename' = $1`,
      [filename],
    );
    expect(audited).toHaveLength(0);
    const real = await upload(admin, '?dryRun=false', file);
    expect({ ...real.body, dryRun: true }).toEqual(dry.body);
    expect(await personOf(code)).toBeDefined();
  });

  it('an exported roster re-imports unchanged, formula-safe cells included', async () => {
    const tricky = await createPerson(t.dataSource, { fullName: '=Tên Lạ' });
    await createAssignment(t.dataSource, {
      personId: tricky.id,
      unitId: units.other.id,
      startDate: '2019-04-01',
      position: '-Phó hiệu trưởng',
    });
    const exported = await t
      .http()
      .get(`/api/units/${units.sibling.code}/roster.xlsx?subtree=true&asOf=2026-10-01`)
      .set('Authorization', `Bearer ${admin}`)
      .buffer(true)
      .parse(binary as never);
    expect(exported.status).toBe(200);
    const response = await upload(admin, '', exported.body as Buffer, 'export.xlsx');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect((await personOf(tricky.staffCode)).full_name).toBe('=Tên Lạ');
  });

  describe('snapshot mode', () => {
    it('ends who is missing on the day before asOf, starts newcomers on asOf, keeps history', async () => {
      const person = async (
        name: string,
        unitId: string,
        start: string,
        end: string | null = null,
        position = 'Giáo viên',
      ) => {
        const p = await createPerson(t.dataSource, { fullName: name });
        await createAssignment(t.dataSource, {
          personId: p.id,
          unitId,
          startDate: start,
          endDate: end,
          position,
        });
        return p;
      };
      const school = await createBranches(t.dataSource);
      const stays = await person('An Văn Ở', school.own.id, '2020-01-01');
      const missing = await person('Bạch Thị Đi', school.child.id, '2021-01-01');
      const historic = await person('Cao Văn Cũ', school.own.id, '2019-01-01', '2024-06-30');
      const elsewhere = await person('Dương Thị Khác', school.sibling.id, '2020-01-01');
      const promoted = await person('Đinh Văn Lên', school.own.id, '2020-01-01');
      const newcomer = unique('CB');
      const file = csv([
        'Mã cán bộ;Họ và tên;Ngày sinh;Mã đơn vị;Chức vụ;Cán bộ truyền thông',
        `${stays.staffCode};An Văn Ở;17/05/1990;${school.own.code};Giáo viên;không`,
        `${promoted.staffCode};Đinh Văn Lên;17/05/1990;${school.own.code};Tổ trưởng;không`,
        `${newcomer};Mai Thị Mới;02/02/1995;${school.child.code};Giáo viên;có`,
      ]);
      const query = `?mode=snapshot&unit=${school.own.code}&asOf=2026-09-01`;
      const dry = await upload(admin, `${query}&dryRun=true`, file);
      expect(dry.body).toMatchObject({
        dryRun: true,
        created: 1,
        updated: 1,
        ended: 1,
        unchanged: 1,
      });
      expect(await assignmentsOf(missing.staffCode)).toEqual([
        expect.objectContaining({ end: null }),
      ]);

      const response = await upload(admin, query, file);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        dryRun: false,
        created: 1,
        updated: 1,
        ended: 1,
        unchanged: 1,
      });
      expect(response.body.preview).toContainEqual({
        row: 0,
        action: 'end',
        key: `${missing.staffCode} · ${school.child.code} · 01/01/2021`,
        summary: 'Kết thúc nhiệm vụ của Bạch Thị Đi ngày 31/08/2026 (không có trong tệp)',
      });
      expect(await assignmentsOf(missing.staffCode)).toEqual([
        expect.objectContaining({ start: '2021-01-01', end: '2026-08-31' }),
      ]);
      expect(await assignmentsOf(stays.staffCode)).toEqual([
        expect.objectContaining({ start: '2020-01-01', end: null }),
      ]);
      expect(await assignmentsOf(historic.staffCode)).toEqual([
        expect.objectContaining({ start: '2019-01-01', end: '2024-06-30' }),
      ]);
      expect(await assignmentsOf(elsewhere.staffCode)).toEqual([
        expect.objectContaining({ unit: school.sibling.code, end: null }),
      ]);
      expect(await assignmentsOf(promoted.staffCode)).toEqual([
        expect.objectContaining({ position: 'Giáo viên', start: '2020-01-01', end: '2026-08-31' }),
        expect.objectContaining({ position: 'Tổ trưởng', start: '2026-09-01', end: null }),
      ]);
      expect(await assignmentsOf(newcomer)).toEqual([
        {
          unit: school.child.code,
          position: 'Giáo viên',
          officer: true,
          start: '2026-09-01',
          end: null,
        },
      ]);

      const rosterOn = async (asOf: string) =>
        (
          await t
            .http()
            .get(`/api/units/${school.own.code}/roster?subtree=true&asOf=${asOf}`)
            .set('Authorization', `Bearer ${admin}`)
        ).body.items.map(
          (i: { person: { staffCode: string }; assignment: { position: string } }) => [
            i.person.staffCode,
            i.assignment.position,
          ],
        );
      expect(await rosterOn('2026-08-31')).toEqual([
        [stays.staffCode, 'Giáo viên'],
        [missing.staffCode, 'Giáo viên'],
        [promoted.staffCode, 'Giáo viên'],
      ]);
      expect(await rosterOn('2026-09-01')).toEqual([
        [stays.staffCode, 'Giáo viên'],
        [promoted.staffCode, 'Tổ trưởng'],
        [newcomer, 'Giáo viên'],
      ]);
      const again = await upload(admin, query, file);
      expect(again.body).toMatchObject({ created: 0, updated: 0, ended: 0, unchanged: 3 });
    });

    it('a manager may import a snapshot of their unit, but another unit is 404', async () => {
      const { token } = await signedIn(t, [{ role: 'unit_manager', unitId: units.own.id }]);
      const file = csv([
        VI_HEADER,
        `${unique('CB')},Hồ Văn Ngoài,01/01/1990,,,,${units.sibling.code},,,,`,
      ]);
      const response = await upload(
        token,
        `?mode=snapshot&unit=${units.sibling.code}&asOf=2026-09-01`,
        file,
      );
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('NOT_FOUND');
    });

    it('requires the unit', async () => {
      const response = await upload(admin, '?mode=snapshot', csv([VI_HEADER]));
      expect(response.status).toBe(400);
      expect(response.body.details.map((d: { field: string }) => d.field)).toContain('unit');
    });
  });

  it('refuses learners (403) and anonymous callers (401)', async () => {
    const { token } = await signedIn(t, [{ role: 'learner', unitId: units.own.id }]);
    expect((await upload(token, '', csv([VI_HEADER]))).status).toBe(403);
    expect(
      (
        await t
          .http()
          .post('/api/staff/import')
          .attach('file', csv([VI_HEADER]), 'a.csv')
      ).status,
    ).toBe(401);
  });
});
