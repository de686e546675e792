import { createTestApp, TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import { createAssignment, createPerson } from '../factories/people.factory';
import { unique } from '../factories/unique';
import { createBranches } from '../factories/units.factory';

type Branches = Awaited<ReturnType<typeof createBranches>>;

const VI_HEADER =
  'Mã cán bộ,Họ và tên,Ngày sinh,Giới tính,Email,Số điện thoại,Mã đơn vị,Chức vụ,Cán bộ truyền thông,Ngày bắt đầu,Ngày kết thúc';

const csv = (lines: string[]): Buffer => Buffer.from(`\uFEFF${lines.join('\n')}\n`, 'utf8');

describe('staff import: bad input is refused whole, every problem named', () => {
  let t: TestApp;
  let units: Branches;
  let manager: string;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    units = await createBranches(t.dataSource);
    manager = (await signedIn(t, [{ role: 'unit_manager', unitId: units.own.id }])).token;
    admin = (await signedIn(t, [{ role: 'department_admin' }])).token;
  });
  afterAll(() => t.close());

  const upload = (token: string, query: string, file: Buffer, name = 'loi.csv') =>
    t
      .http()
      .post(`/api/staff/import${query}`)
      .set('Authorization', `Bearer ${token}`)
      .attach('file', file, name);
  const peopleCount = async (codes: string[]) =>
    (
      await t.dataSource.query(
        `SELECT count(*)::int AS n FROM people WHERE staff_code = ANY($1::text[])`,
        [codes],
      )
    )[0].n as number;

  it('rows mode: reports every row problem in Vietnamese and writes nothing', async () => {
    const c = Array.from({ length: 12 }, () => unique('CB'));
    const { own, child, sibling } = units;
    const file = csv([
      VI_HEADER,
      `${c[0]},,01/01/1990,,,,${own.code},,,01/09/2026,`,
      `${c[1]},Tên Một,31/02/2026,,,,${own.code},,,01/09/2026,`,
      `${c[2]},Tên Hai,01/01/1990,,,,${own.code},,,01/09/2026,31/08/2026`,
      `${c[3]},Tên Ba,01/01/1990,,,,KHONGCO${c[3]},,,01/09/2026,`,
      `${c[4]},Tên Bốn,01/01/1990,,,,${child.code},,,01/01/1990,`,
      `${c[5]},Tên Năm,01/01/1990,,,,${sibling.code},,,01/09/2026,`,
      `${c[6]},Nguyễn Văn A,01/01/1990,,,,${own.code},,,01/09/2026,`,
      `${c[6]},Nguyễn Văn B,01/01/1990,,,,${child.code},,,01/09/2026,`,
      `${c[7]},Tên Sáu,01/01/1990,,,,${own.code},,,01/09/2026,`,
      `${c[7]},Tên Sáu,02/01/1990,,,,${child.code},,,01/09/2026,`,
      `${c[8]},Tên Bảy,01/01/1990,,,,${own.code},,,01/09/2026,`,
      `${c[8]},Tên Bảy,01/01/1990,,,,${own.code},,có,01/09/2026,`,
      `${c[9]},Tên Tám,01/01/1990,,,,${own.code},,có lẽ,01/09/2026,`,
      `${c[10]},Tên Chín,01/01/1990,,,,${own.code},,,,`,
      `${c[11]},Tên Hợp Lệ,01/01/1990,,,,${own.code},,có,01/09/2026,`,
    ]);
    const response = await upload(manager, '', file);
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('IMPORT_INVALID');
    expect(response.body.message).toBe('Tệp có 11 lỗi, chưa ghi dữ liệu nào');
    expect(response.body.details).toEqual([
      {
        row: 2,
        column: 'Họ và tên',
        code: 'required',
        message: 'Dòng 2, cột Họ và tên: không được để trống',
      },
      {
        row: 3,
        column: 'Ngày sinh',
        code: 'invalid_date',
        message: 'Dòng 3, cột Ngày sinh: "31/02/2026" không phải là ngày có thật (dd/mm/yyyy)',
      },
      {
        row: 4,
        column: 'Ngày kết thúc',
        code: 'end_before_start',
        message: 'Dòng 4, cột Ngày kết thúc: ngày kết thúc trước ngày bắt đầu',
      },
      {
        row: 5,
        column: 'Mã đơn vị',
        code: 'unknown_unit',
        message: `Dòng 5, cột Mã đơn vị: không có đơn vị mã "KHONGCO${c[3]}" trong phạm vi bạn quản lý`,
      },
      {
        row: 6,
        column: 'Mã đơn vị',
        code: 'unit_not_on_date',
        message: `Dòng 6, cột Mã đơn vị: đơn vị ${child.code} chưa thành lập hoặc đã giải thể vào ngày 01/01/1990`,
      },
      {
        row: 7,
        column: 'Mã đơn vị',
        code: 'unknown_unit',
        message: `Dòng 7, cột Mã đơn vị: không có đơn vị mã "${sibling.code}" trong phạm vi bạn quản lý`,
      },
      {
        row: 9,
        column: 'Họ và tên',
        code: 'conflicting_person',
        message: `Dòng 9, cột Họ và tên: mã cán bộ ${c[6]} ở dòng 8 có họ tên khác ("Nguyễn Văn A")`,
      },
      {
        row: 11,
        column: 'Ngày sinh',
        code: 'conflicting_person',
        message: `Dòng 11, cột Ngày sinh: mã cán bộ ${c[7]} ở dòng 10 có ngày sinh khác`,
      },
      {
        row: 13,
        column: 'Mã cán bộ',
        code: 'duplicate_assignment',
        message:
          'Dòng 13, cột Mã cán bộ: nhiệm vụ này đã có ở dòng 12 (cùng cán bộ, đơn vị, ngày bắt đầu)',
      },
      {
        row: 14,
        column: 'Cán bộ truyền thông',
        code: 'invalid_yes_no',
        message:
          'Dòng 14, cột Cán bộ truyền thông: không hiểu "có lẽ" (dùng có/không, x/để trống, yes/no, 1/0)',
      },
      {
        row: 15,
        column: 'Ngày bắt đầu',
        code: 'required',
        message: 'Dòng 15, cột Ngày bắt đầu: không được để trống',
      },
    ]);
    expect(await peopleCount(c)).toBe(0);
    const dry = await upload(manager, '?dryRun=true', file);
    expect(dry.status).toBe(422);
    expect(dry.body.details).toEqual(response.body.details);
  });

  it('an error in one row keeps the valid rows and existing people untouched too', async () => {
    const person = await createPerson(t.dataSource, { fullName: 'Giữ Nguyên Tên' });
    await createAssignment(t.dataSource, { personId: person.id, unitId: units.own.id });
    const fresh = unique('CB');
    const response = await upload(
      admin,
      '',
      csv([
        VI_HEADER,
        `${person.staffCode},Tên Đã Sửa,17/05/1990,,,,${units.own.code},Hiệu trưởng,có,01/01/2020,`,
        `${fresh},Người Mới,01/01/1990,,,,${units.own.code},,,01/09/2026,`,
        `${unique('CB')},Ngày Sai,32/01/1990,,,,${units.own.code},,,01/09/2026,`,
      ]),
    );
    expect(response.status).toBe(422);
    expect(response.body.details).toHaveLength(1);
    const [stored] = await t.dataSource.query(
      `SELECT p.full_name, a.position, a.is_communication_officer AS officer
         FROM people p JOIN assignments a ON a.person_id = p.id WHERE p.id = $1`,
      [person.id],
    );
    expect(stored).toEqual({ full_name: 'Giữ Nguyên Tên', position: 'Giáo viên', officer: false });
    expect(await peopleCount([fresh])).toBe(0);
  });

  it('snapshot mode: dates outside asOf, units outside the snapshot unit and ended assignments', async () => {
    const ended = await createPerson(t.dataSource, { fullName: 'Đã Nghỉ' });
    await createAssignment(t.dataSource, {
      personId: ended.id,
      unitId: units.own.id,
      startDate: '2019-01-01',
      endDate: '2020-12-31',
    });
    const c = [unique('CB'), unique('CB'), unique('CB')];
    const file = csv([
      VI_HEADER,
      `${c[0]},Bắt Đầu Muộn,01/01/1990,,,,${units.own.code},,,02/09/2026,`,
      `${c[1]},Đã Kết Thúc,01/01/1990,,,,${units.child.code},,,01/01/2026,31/08/2026`,
      `${c[2]},Ở Xã Khác,01/01/1990,,,,${units.sibling.code},,,,`,
      `${ended.staffCode},Nguyễn Thị Thử,17/05/1990,,,,${units.own.code},,,01/01/2019,`,
    ]);
    const response = await upload(
      admin,
      `?mode=snapshot&unit=${units.own.code}&asOf=2026-09-01`,
      file,
    );
    expect(response.status).toBe(422);
    expect(
      response.body.details.map((d: { row: number; column: string; code: string }) => [
        d.row,
        d.column,
        d.code,
      ]),
    ).toEqual([
      [2, 'Ngày bắt đầu', 'start_after_as_of'],
      [3, 'Ngày kết thúc', 'end_before_as_of'],
      [4, 'Mã đơn vị', 'outside_snapshot_unit'],
      [5, 'Ngày bắt đầu', 'assignment_ended'],
    ]);
    expect(response.body.details[2].message).toBe(
      `Dòng 4, cột Mã đơn vị: đơn vị ${units.sibling.code} không thuộc ${units.own.code} vào ngày 01/09/2026`,
    );
    expect(await peopleCount(c)).toBe(0);
  });

  it.each([
    {
      what: 'an unknown and a missing header',
      file: csv(['Mã cán bộ,Họ và tên,Ngày sinh,Mã đơn vị,Ghi chú', 'A,B,01/01/1990,X,y']),
      status: 422,
      code: 'IMPORT_INVALID',
    },
    {
      what: 'a binary file renamed .xlsx',
      file: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
      status: 422,
      code: 'FILE_UNREADABLE',
    },
    { what: 'a header and no rows', file: csv([VI_HEADER]), status: 422, code: 'IMPORT_INVALID' },
  ])('refuses $what ($status $code)', async ({ file, status, code }) => {
    const response = await upload(admin, '', file, 'danh-sach.xlsx');
    expect(response.status).toBe(status);
    expect(response.body.code).toBe(code);
    expect(response.body.message).toMatch(/[àáảãạăâđêôơư]/); // Vietnamese
  });

  it('reports a missing start date column in rows mode on row 1', async () => {
    const response = await upload(
      admin,
      '',
      csv([
        'Mã cán bộ,Họ và tên,Ngày sinh,Mã đơn vị',
        `${unique('CB')},Tên,01/01/1990,${units.own.code}`,
      ]),
    );
    expect(response.status).toBe(422);
    expect(response.body.details).toEqual([
      expect.objectContaining({ row: 1, column: 'Ngày bắt đầu', code: 'missing_column' }),
    ]);
  });

  it('refuses a request without a file (400) and a bad mode (400)', async () => {
    const noFile = await t
      .http()
      .post('/api/staff/import')
      .set('Authorization', `Bearer ${admin}`)
      .field('other', 'x');
    expect(noFile.status).toBe(400);
    expect((await upload(admin, '?mode=merge', csv([VI_HEADER]))).status).toBe(400);
    expect(
      (await upload(admin, '?mode=snapshot&unit=SGDDT&asOf=2026-02-30', csv([VI_HEADER]))).status,
    ).toBe(400);
  });
});
