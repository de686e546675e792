import ExcelJS from 'exceljs';
import { createTestApp, TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import { unique } from '../factories/unique';
import { createBranches, createUnit } from '../factories/units.factory';

const BOM = '\uFEFF';

describe('units import', () => {
  let t: TestApp;
  let admin: string;
  const upload = (
    token: string | null,
    content: Buffer | string,
    filename = 'don-vi.csv',
    query = '',
  ) => {
    const req = t
      .http()
      .post(`/api/units/import${query}`)
      .attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), filename);
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };
  const get = (url: string) => t.http().get(url).set('Authorization', `Bearer ${admin}`);
  const existing = async (codes: string[]): Promise<number> => {
    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM units WHERE code = ANY($1::varchar[])`,
      [codes],
    );
    return row.n;
  };
  const xlsx = async (rows: unknown[][]): Promise<Buffer> => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Đơn vị');
    rows.forEach((row) => sheet.addRow(row));
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await signedIn(t, [{ role: 'department_admin' }])).token;
  });
  afterAll(() => t.close());

  it('a unit without a date has existed as long as its parent, so past rosters can use it', async () => {
    const commune = await createUnit(t.dataSource, { kind: 'commune', validFrom: '2020-05-01' });
    const [cluster, school] = [unique('C'), unique('S')];
    const file = [
      'code,name,kind,parent_code',
      `${school},Trường Mầm non Sen Hồng,preschool,${cluster}`,
      `${cluster},Cụm trường Sen Hồng,direct_unit,${commune.code}`,
    ].join('\n');
    expect((await upload(admin, file)).status).toBe(200);
    const history = await get(`/api/units/${school}/history`);
    expect(history.body).toEqual([
      expect.objectContaining({ validFrom: '2020-05-01', change: 'created' }),
    ]);
    expect((await get(`/api/units/${school}?asOf=2020-05-01`)).status).toBe(200);
    expect((await get(`/api/units/${school}?asOf=2020-04-30`)).status).toBe(404);
    const direct = unique('D');
    const created = await t.http().post('/api/units').set('Authorization', `Bearer ${admin}`).send({
      code: direct,
      name: 'Trường THPT Thử Nghiệm',
      kind: 'upper_secondary',
      parentCode: 'SGDDT',
    });
    expect(created.status).toBe(201);
    expect((await get(`/api/units/${direct}?asOf=2001-09-05`)).status).toBe(200);
  });

  it('imports a CSV with BOM, semicolons and Vietnamese headers; parents may come later', async () => {
    const commune = await createUnit(t.dataSource, { kind: 'commune' });
    const [school, cluster] = [unique('S'), unique('C')];
    const file = [
      'Mã đơn vị;Tên đơn vị;Loại đơn vị;Mã đơn vị cấp trên;Hiệu lực từ',
      `${school};Trường Tiểu học Hoa Phượng;Trường tiểu học;${cluster};01/01/2026`,
      `${cluster};Cụm trường Hoa Phượng;Đơn vị trực thuộc;${commune.code};01/01/2026`,
    ].join('\r\n');
    const response = await upload(admin, BOM + file);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      dryRun: false,
      created: 2,
      updated: 0,
      ended: 0,
      unchanged: 0,
    });
    expect(response.body.preview).toEqual([
      expect.objectContaining({ row: 2, action: 'create', key: school }),
      expect.objectContaining({ row: 3, action: 'create', key: cluster }),
    ]);
    const detail = await get(`/api/units/${school}?asOf=2026-01-01`);
    expect(detail.body).toMatchObject({
      name: 'Trường Tiểu học Hoa Phượng',
      kind: 'primary',
      path: [{ code: 'SGDDT' }, { code: commune.code }, { code: cluster }],
    });
    expect((await get(`/api/units/${school}?asOf=2025-12-31`)).status).toBe(404);

    const again = await upload(admin, file);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('imports an XLSX with English headers, Excel date cells, and applies a rename from its date', async () => {
    const unit = await createUnit(t.dataSource, {
      name: 'Trường THCS Cũ',
      kind: 'lower_secondary',
    });
    const added = unique('X');
    const file = await xlsx([
      ['code', 'name', 'kind', 'parent_code', 'effective_from'],
      [unit.code, 'Trường THCS Mới', 'lower_secondary', 'SGDDT', new Date(Date.UTC(2026, 8, 1))],
      [added, 'Trường THPT Ven Biển', 'Trường THPT', 'SGDDT', '15/08/2026'],
    ]);
    const response = await upload(admin, file, 'don-vi.xlsx');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ created: 1, updated: 1, unchanged: 0 });
    expect((await get(`/api/units/${unit.code}?asOf=2026-08-31`)).body.name).toBe('Trường THCS Cũ');
    expect((await get(`/api/units/${unit.code}?asOf=2026-09-01`)).body.name).toBe(
      'Trường THCS Mới',
    );
    expect((await get(`/api/units/${added}?asOf=2026-08-15`)).body.kind).toBe('upper_secondary');
  });

  it('a dry run reports what would happen and writes nothing', async () => {
    const code = unique('D');
    const response = await upload(
      admin,
      `code,name,kind,parent_code\n${code},Trường Mầm non Thử,Trường mầm non,SGDDT\n`,
      'a.csv',
      '?dryRun=true',
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ dryRun: true, created: 1, updated: 0, unchanged: 0 });
    expect(await existing([code])).toBe(0);
  });

  describe('bad input: 422 with every problem by row and column, nothing written', () => {
    const header = 'Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên,Hiệu lực từ';

    it('a wrong header', async () => {
      const response = await upload(
        admin,
        `Mã đơn vị,Tên,Loại đơn vị,Mã đơn vị cấp trên\nA,B,other,SGDDT\n`,
      );
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('IMPORT_INVALID');
      expect(response.body.details).toEqual([
        expect.objectContaining({ row: 1, column: 'Tên', code: 'unknown_column' }),
        expect.objectContaining({ row: 1, column: 'Tên đơn vị', code: 'missing_column' }),
      ]);
    });

    it('every row problem at once: bad date, unknown parent, duplicate, bad kind, empty name', async () => {
      const codes = [unique('E'), unique('E'), unique('E'), unique('E')];
      const missingParent = unique('NONE');
      const file = [
        header,
        `${codes[0]},Trường A,primary,SGDDT,31/02/2026`,
        `${codes[1]},Trường B,primary,${missingParent},`,
        `${codes[2]},Trường C,primary,SGDDT,`,
        `${codes[2]},Trường C lần hai,primary,SGDDT,`,
        `${codes[3]},Trường D,Bệnh viện,SGDDT,`,
        `${unique('E')},,primary,SGDDT,`,
      ].join('\n');
      const response = await upload(admin, file);
      expect(response.status).toBe(422);
      expect(response.body.message).toBe('Tệp có 5 lỗi, chưa ghi dữ liệu nào');
      expect(response.body.details).toEqual([
        {
          row: 2,
          column: 'Hiệu lực từ',
          code: 'invalid_date',
          message:
            'Dòng 2, cột Hiệu lực từ: ngày 31/02/2026 không tồn tại hoặc không đúng dạng dd/mm/yyyy',
        },
        {
          row: 3,
          column: 'Mã đơn vị cấp trên',
          code: 'unknown_parent',
          message: `Dòng 3, cột Mã đơn vị cấp trên: không có đơn vị cấp trên mã ${missingParent} (không có trong hệ thống và trong tệp)`,
        },
        expect.objectContaining({
          row: 5,
          column: 'Mã đơn vị',
          code: 'duplicate_code',
          message: `Dòng 5, cột Mã đơn vị: mã ${codes[2]} trùng với dòng 4`,
        }),
        expect.objectContaining({ row: 6, column: 'Loại đơn vị', code: 'invalid_kind' }),
        expect.objectContaining({ row: 7, column: 'Tên đơn vị', code: 'required' }),
      ]);
      expect(await existing(codes)).toBe(0);
    });

    it('a cycle made by the file', async () => {
      const [a, b] = [unique('Y'), unique('Y')];
      const file = [header, `${a},Đơn vị A,other,${b},`, `${b},Đơn vị B,other,${a},`].join('\n');
      const response = await upload(admin, file);
      expect(response.status).toBe(422);
      expect(response.body.details).toEqual([
        expect.objectContaining({
          row: 2,
          column: 'Mã đơn vị cấp trên',
          code: 'cycle',
          message: expect.stringContaining(`${a} → ${b} → ${a}`),
        }),
        expect.objectContaining({ row: 3, column: 'Mã đơn vị cấp trên', code: 'cycle' }),
      ]);
      expect(await existing([a, b])).toBe(0);
    });

    it('a cycle with a unit already in the tree', async () => {
      const top = await createUnit(t.dataSource, { kind: 'commune' });
      const below = await createUnit(t.dataSource, { parentCode: top.code });
      const file = [header, `${top.code},${top.name},commune,${below.code},01/10/2026`].join('\n');
      const response = await upload(admin, file);
      expect(response.status).toBe(422);
      expect(response.body.details[0]).toMatchObject({ row: 2, code: 'cycle' });
      expect((await get(`/api/units/${top.code}?asOf=2026-10-01`)).body.parent.code).toBe('SGDDT');
    });

    it('a 21 MB file → 413', async () => {
      const big = Buffer.alloc(21 * 1024 * 1024, 'a');
      const response = await upload(admin, big, 'lon.csv');
      expect(response.status).toBe(413);
      expect(response.body).toMatchObject({
        code: 'FILE_TOO_LARGE',
        message: 'Tệp quá lớn (tối đa 20 MB)',
      });
    });

    it('a binary renamed .xlsx → unreadable', async () => {
      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
      const response = await upload(admin, png, 'don-vi.xlsx');
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({
        code: 'FILE_UNREADABLE',
        message: 'Không đọc được tệp: tệp không phải CSV UTF-8 hoặc Excel (.xlsx)',
      });
    });

    it('no file → 400', async () => {
      const response = await t
        .http()
        .post('/api/units/import')
        .set('Authorization', `Bearer ${admin}`)
        .field('note', 'x');
      expect(response.status).toBe(400);
      expect(response.body.message).toBe('Vui lòng chọn tệp');
    });
  });

  describe('access', () => {
    it('a manager imports inside the branch; a row outside it fails the whole file', async () => {
      const b = await createBranches(t.dataSource);
      const manager = (await signedIn(t, [{ role: 'unit_manager', unitId: b.own.id }])).token;
      const inside = unique('I');
      const ok = await upload(
        manager,
        `code,name,kind,parent_code\n${inside},Trường Mới,primary,${b.own.code}\n`,
      );
      expect(ok.status).toBe(200);
      expect(ok.body.created).toBe(1);

      const [mine, theirs] = [unique('I'), unique('O')];
      const file = [
        'code,name,kind,parent_code',
        `${mine},Trường Của Tôi,primary,${b.own.code}`,
        `${theirs},Trường Không Phải,primary,${b.sibling.code}`,
        `${b.other.code},Đổi tên trộm,preschool,${b.sibling.code}`,
      ].join('\n');
      const response = await upload(manager, file);
      expect(response.status).toBe(422);
      expect(response.body.details).toEqual([
        expect.objectContaining({
          row: 3,
          column: 'parent_code',
          code: 'out_of_scope',
          message: expect.stringContaining('ngoài phạm vi quản lý'),
        }),
        expect.objectContaining({ row: 4, column: 'code', code: 'out_of_scope' }),
      ]);
      expect(await existing([mine, theirs])).toBe(0);
      const [other] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM unit_versions WHERE unit_id = $1`,
        [b.other.id],
      );
      expect(other.n).toBe(1);
    });

    it('learners get 403 and anonymous callers 401', async () => {
      const learner = (await signedIn(t, [{ role: 'learner' }])).token;
      const file = `code,name,kind,parent_code\n${unique('Z')},X,other,SGDDT\n`;
      expect((await upload(learner, file)).status).toBe(403);
      expect((await upload(null, file)).status).toBe(401);
    });
  });
});
