import ExcelJS from 'exceljs';
import type {
  CoverageFollowUpPage,
  CoverageRankingReport,
  CoverageReport,
  ExpiringCertificatesReport,
} from '@loa/contracts';
import { createTestApp, TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import { createCertificate, createProgrammeTarget } from '../factories/certificates.factory';
import { createAssignment, createPerson } from '../factories/people.factory';
import { createUnit, CreatedUnit } from '../factories/units.factory';

/** supertest parser collecting a binary body (the XLSX) into a Buffer. */
const binary = (
  res: { on: (event: string, listener: (chunk?: Buffer) => void) => void },
  done: (error: Error | null, body: Buffer) => void,
): void => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk) => chunks.push(chunk!));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

const AS_OF = '2027-03-31';

/**
 * A small city under its own unit: commune A (schools A1, A2), commune B (school B1, and an
 * officer at the commune itself); one officer works at A2 and B1 at once.
 */
describe('coverage dashboard: ranking, expiring, XLSX exports', () => {
  let t: TestApp;
  let admin: string;
  let manager: string;
  let learner: string;
  let target: string;
  let programme: string;
  let city: CreatedUnit;
  let communeA: CreatedUnit;
  let communeB: CreatedUnit;
  let schoolA1: CreatedUnit;
  let schoolA2: CreatedUnit;
  let expiredNumber: string;
  let hyperlinkCode: string;

  async function officer(
    units: CreatedUnit[],
    options: {
      fullName?: string;
      certificates?: { issuedOn: string; expiresOn?: string }[];
    } = {},
  ): Promise<{ id: string; numbers: string[] }> {
    const person = await createPerson(t.dataSource, {
      fullName: options.fullName,
      dateOfBirth: '1988-02-03',
    });
    for (const unit of units) {
      await createAssignment(t.dataSource, {
        personId: person.id,
        unitId: unit.id,
        communicationOfficer: true,
        position: 'Cán bộ truyền thông',
      });
    }
    const numbers: string[] = [];
    for (const certificate of options.certificates ?? []) {
      const { number } = await createCertificate(t.dataSource, {
        personId: person.id,
        programmeCode: programme,
        ...certificate,
      });
      numbers.push(number);
    }
    return { id: person.id, numbers };
  }

  beforeAll(async () => {
    t = await createTestApp();
    ({ programmeCode: programme, targetCode: target } = await createProgrammeTarget(t.dataSource));
    city = await createUnit(t.dataSource, { kind: 'other', name: 'Thành phố Thử Xuất' });
    communeA = await createUnit(t.dataSource, {
      kind: 'commune',
      parentCode: city.code,
      name: 'Phường An Thử',
    });
    communeB = await createUnit(t.dataSource, {
      kind: 'commune',
      parentCode: city.code,
      name: '=Xã Công Thức',
    });
    schoolA1 = await createUnit(t.dataSource, {
      kind: 'primary',
      parentCode: communeA.code,
      name: 'Trường Tiểu học A1',
    });
    schoolA2 = await createUnit(t.dataSource, {
      kind: 'preschool',
      parentCode: communeA.code,
      name: 'Trường Mầm non A2',
    });
    const schoolB1 = await createUnit(t.dataSource, {
      kind: 'primary',
      parentCode: communeB.code,
      name: 'Trường Tiểu học B1',
    });
    const forever = { issuedOn: '2026-02-01' };
    await officer([schoolA1], {
      certificates: [{ issuedOn: '2025-04-16', expiresOn: '2027-04-15' }],
    });
    await officer([schoolA1], {
      certificates: [{ issuedOn: '2025-05-21', expiresOn: '2027-05-20' }],
    });
    // Two certificates: the one expiring soon does not matter, the other lasts.
    await officer([schoolA1], {
      certificates: [{ issuedOn: '2025-04-11', expiresOn: '2027-04-10' }, forever],
    });
    await officer([schoolA1], { certificates: [forever] });
    const hyperlink = await officer([schoolA2], { fullName: '=HYPERLINK("http://x")' });
    expiredNumber = (
      await officer([schoolA2], {
        fullName: 'Trần Văn Hết Hạn',
        certificates: [{ issuedOn: '2024-01-01', expiresOn: '2025-12-31' }],
      })
    ).numbers[0];
    await officer([schoolA2]);
    await officer([schoolA2, schoolB1]);
    await officer([schoolB1], {
      certificates: [{ issuedOn: '2025-08-02', expiresOn: '2027-08-01' }],
    });
    await officer([schoolB1], { certificates: [forever] });
    await officer([schoolB1]);
    await officer([schoolB1]);
    await officer([communeB]);
    const signedAdmin = await signedIn(t, [{ role: 'department_admin' }]);
    admin = signedAdmin.token;
    const [course] = await t.dataSource.query(
      `INSERT INTO courses (code, title, owner_id, status) VALUES ($1, $2, $3, 'published')
       RETURNING id`,
      [`KH-${city.code}`, 'Kỹ năng truyền thông cơ bản', signedAdmin.account.id],
    );
    await t.dataSource.query(
      `INSERT INTO enrolments (person_id, course_id, source, status, progress, due_on)
       VALUES ($1, $2, 'assignment', 'in_progress', 0.4, '2027-06-30')`,
      [hyperlink.id, course.id],
    );
    [hyperlinkCode] = (
      await t.dataSource.query('SELECT staff_code FROM people WHERE id = $1', [hyperlink.id])
    ).map((r: { staff_code: string }) => r.staff_code);
    manager = (await signedIn(t, [{ role: 'unit_manager', unitId: communeA.id }])).token;
    learner = (await signedIn(t, [{ role: 'learner' }])).token;
  });
  afterAll(() => t.close());

  const get = (path: string, query: Record<string, string>, token = admin) =>
    t
      .http()
      .get(path)
      .query({ target, asOf: AS_OF, ...query })
      .set('Authorization', `Bearer ${token}`);

  const getFile = (path: string, query: Record<string, string>, token = admin) =>
    get(path, query, token)
      .buffer(true)
      .parse(binary as never);

  const coverageOf = async (unit: CreatedUnit): Promise<CoverageReport> => {
    const response = await get('/api/coverage', { unit: unit.code });
    expect(response.status).toBe(200);
    return response.body;
  };

  const loadSheet = async (body: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    return workbook.worksheets[0];
  };

  it('ranks the communes below a unit by gap with the figures of GET /api/coverage', async () => {
    const response = await get('/api/coverage/ranking', { unit: city.code });
    expect(response.status).toBe(200);
    const ranking = response.body as CoverageRankingReport;
    const report = await coverageOf(city);
    const figures = (code: string) => {
      const child = report.children.find((c) => c.unit.code === code)!;
      return {
        population: child.population,
        trained: child.trained,
        coverage: child.coverage,
        status: child.status,
        gap: child.gap,
      };
    };
    expect(ranking).toMatchObject({ asOf: AS_OF, kind: 'commune', ranked: 2, meeting: 0 });
    // B: 6 officers (one shared with A2), 2 trained, gap ⌈4.2⌉ − 2 = 3; A: 8, 4 trained, gap 2.
    expect(ranking.items.map((i) => i.unit.code)).toEqual([communeB.code, communeA.code]);
    expect(ranking.items[0]).toEqual({
      unit: { code: communeB.code, name: '=Xã Công Thức', kind: 'commune' },
      ...figures(communeB.code),
    });
    expect(ranking.items[0]).toMatchObject({ population: 6, trained: 2, gap: 3 });
    expect(ranking.items[1]).toEqual({
      unit: { code: communeA.code, name: 'Phường An Thử', kind: 'commune' },
      ...figures(communeA.code),
    });
    expect(ranking.items[1]).toMatchObject({ population: 8, trained: 4, gap: 2 });
  });

  it('ranks every unit below with kind=all: gap first, then the lower coverage, met ones left out', async () => {
    const response = await get('/api/coverage/ranking', { unit: city.code, kind: 'all' });
    expect(response.status).toBe(200);
    const ranking = response.body as CoverageRankingReport;
    const ofA = await coverageOf(communeA);
    expect(ranking.ranked).toBe(5);
    expect(ranking.meeting).toBe(1);
    const gaps = ranking.items.map((i) => [i.unit.code, i.gap, i.coverage]);
    expect(gaps.map(([, gap]) => gap)).toEqual([3, 3, 2, 2]);
    // A2 (0 %) before B (33.3 %) at gap 3; B1 (40 %) before A (50 %) at gap 2.
    expect(gaps[0][0]).toBe(schoolA2.code);
    expect(gaps.map(([code]) => code)).toEqual([
      schoolA2.code,
      communeB.code,
      gaps[2][0],
      communeA.code,
    ]);
    expect(gaps.map(([code]) => code)).not.toContain(schoolA1.code);
    const a2 = ofA.children.find((c) => c.unit.code === schoolA2.code)!;
    expect(ranking.items[0]).toMatchObject({
      population: a2.population,
      trained: a2.trained,
      gap: a2.gap,
      status: a2.status,
    });
    const limited = await get('/api/coverage/ranking', {
      unit: city.code,
      kind: 'all',
      limit: '1',
    });
    expect(limited.body.items).toHaveLength(1);
  });

  it('lists the certifications lapsing in the next 90 days and their effect on coverage', async () => {
    const response = await get('/api/coverage/expiring', { unit: city.code });
    expect(response.status).toBe(200);
    const expiring = response.body as ExpiringCertificatesReport;
    const report = await coverageOf(city);
    expect(expiring).toMatchObject({
      asOf: AS_OF,
      until: '2027-06-29',
      days: 90,
      count: 2,
      byMonth: [
        { month: '2027-04', count: 1 },
        { month: '2027-05', count: 1 },
      ],
    });
    expect(expiring.items.map((i) => i.expiresOn)).toEqual(['2027-04-15', '2027-05-20']);
    expect(expiring.items[0].unit).toEqual({ code: schoolA1.code, name: 'Trường Tiểu học A1' });
    expect(expiring.effect).toEqual({
      population: report.population,
      trainedNow: report.trained,
      coverageNow: report.coverage,
      trainedAfter: report.trained - 2,
      coverageAfter: Math.round(((report.trained - 2) / report.population) * 10000) / 10000,
    });
    const longer = await get('/api/coverage/expiring', { unit: city.code, days: '200' });
    expect(longer.body.count).toBe(3);
    expect(longer.body.effect.trainedAfter).toBe(report.trained - 3);
    const ofB = await get('/api/coverage/expiring', { unit: communeB.code, days: '200' });
    expect(ofB.body.items.map((i: { expiresOn: string }) => i.expiresOn)).toEqual(['2027-08-01']);
  });

  it('exports the current view: the unit and its children, same figures, percentages, safe text', async () => {
    const response = await getFile('/api/coverage.xlsx', { unit: city.code });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="ty-le-bao-phu-${target}-${city.code}-31-03-2027.xlsx"`,
    );
    const report = await coverageOf(city);
    const sheet = await loadSheet(response.body);
    expect(String(sheet.getCell('A1').value)).toContain('31/03/2027');
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      'Mã đơn vị',
      'Đơn vị',
      'Loại',
      'Số CBTT',
      'Đã bồi dưỡng',
      'Tỷ lệ (%)',
      'Chỉ tiêu (%)',
      'Trạng thái',
      'Còn thiếu',
    ]);
    const rowOf = (code: string) => {
      for (let r = 4; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === code) return r;
      throw new Error(`no row for ${code}`);
    };
    const total = sheet.getRow(4);
    expect(total.getCell(1).value).toBe(city.code);
    expect([4, 5, 6, 7, 9].map((c) => total.getCell(c).value)).toEqual([
      report.population,
      report.trained,
      report.coverage,
      0.7,
      report.gap,
    ]);
    expect(total.getCell(6).numFmt).toBe('0.0%');
    for (const child of report.children) {
      const row = sheet.getRow(rowOf(child.unit.code));
      expect([4, 5, 6, 9].map((c) => row.getCell(c).value)).toEqual([
        child.population,
        child.trained,
        child.coverage,
        child.gap,
      ]);
      expect(row.getCell(3).value).toBe('UBND xã, phường, đặc khu');
    }
    const b = sheet.getRow(rowOf(communeB.code));
    expect(b.getCell(2).value).toBe("'=Xã Công Thức");
    expect(b.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(b.getCell(8).value).toBe('Có nguy cơ');
  });

  it('exports the untrained list for follow-up: the same people as GET /api/coverage/people', async () => {
    const response = await getFile('/api/coverage/people.xlsx', {
      unit: communeA.code,
      trained: 'false',
    });
    expect(response.status).toBe(200);
    expect(response.body.subarray(0, 2).toString()).toBe('PK');
    const people = await get('/api/coverage/people', {
      unit: communeA.code,
      trained: 'false',
      pageSize: '100',
    });
    const sheet = await loadSheet(response.body);
    expect(sheet.getRow(1).getCell(7).value).toBe('Khoá học được giao & tiến độ');
    const codes: string[] = [];
    sheet.eachRow((row, index) => {
      if (index > 1) codes.push(String(row.getCell(1).value));
    });
    expect(codes.sort()).toEqual(
      people.body.items.map((p: { staffCode: string }) => p.staffCode).sort(),
    );
    expect(codes).toHaveLength(4);
    const rows = sheet.getRows(2, sheet.rowCount - 1)!;
    const named = (name: string) => rows.find((r) => String(r.getCell(2).value).includes(name))!;
    expect(named('HYPERLINK').getCell(2).value).toBe('\'=HYPERLINK("http://x")');
    expect(named('HYPERLINK').getCell(3).value).toBe('03/02/1988');
    expect(named('HYPERLINK').getCell(6).value).toBe('Cán bộ truyền thông');
    expect(named('HYPERLINK').getCell(7).value).toBe(
      'Kỹ năng truyền thông cơ bản: đang học 40%, hạn 30/06/2027',
    );
    const expired = named('Trần Văn Hết Hạn');
    expect(expired.getCell(8).value).toBe(expiredNumber);
    expect(expired.getCell(9).value).toBe('31/12/2025');
    const trained = await getFile('/api/coverage/people.xlsx', {
      unit: communeA.code,
      trained: 'true',
    });
    expect((await loadSheet(trained.body)).rowCount).toBe(1 + 4);
  });

  it('pages the follow-up list with courses, progress and the last certificate', async () => {
    const first = await get('/api/coverage/follow-up', { unit: communeA.code, pageSize: '3' });
    expect(first.status).toBe(200);
    const page = first.body as CoverageFollowUpPage;
    expect(page.total).toBe(4);
    expect(page.items).toHaveLength(3);
    const second = await get('/api/coverage/follow-up', {
      unit: communeA.code,
      pageSize: '3',
      page: '2',
    });
    const everyone = [...page.items, ...second.body.items];
    expect(everyone).toHaveLength(4);
    expect(everyone.find((p) => p.staffCode === hyperlinkCode)).toMatchObject({
      fullName: '=HYPERLINK("http://x")',
      unit: { code: schoolA2.code, name: 'Trường Mầm non A2' },
      position: 'Cán bộ truyền thông',
      courses: [
        {
          title: 'Kỹ năng truyền thông cơ bản',
          status: 'in_progress',
          progress: 0.4,
          dueOn: '2027-06-30',
        },
      ],
      lastCertificate: null,
    });
    expect(everyone.find((p) => p.fullName === 'Trần Văn Hết Hạn')?.lastCertificate).toEqual({
      number: expiredNumber,
      expiresOn: '2025-12-31',
      revokedOn: null,
    });
    const past = await get('/api/coverage/follow-up', { unit: communeA.code, page: '9' });
    expect(past.body).toMatchObject({ total: 4, items: [] });
  });

  it.each([
    ['/api/coverage/follow-up', false],
    ['/api/coverage/ranking', false],
    ['/api/coverage/expiring', false],
    ['/api/coverage.xlsx', true],
    ['/api/coverage/people.xlsx', true],
  ])('scopes %s like GET /api/coverage: 404 outside, 200 inside', async (path, isFile) => {
    const call = (unit: CreatedUnit, token: string) =>
      isFile ? getFile(path, { unit: unit.code }, token) : get(path, { unit: unit.code }, token);
    expect((await call(communeA, manager)).status).toBe(200);
    expect((await call(schoolA2, manager)).status).toBe(200);
    expect((await call(communeB, manager)).status).toBe(404);
    expect((await call(city, manager)).status).toBe(404);
    expect((await call(communeA, learner)).status).toBe(404);
    expect((await t.http().get(path).query({ target, unit: communeA.code })).status).toBe(401);
  });

  it('refuses an unknown kind and a limit out of range', async () => {
    expect((await get('/api/coverage/ranking', { unit: city.code, kind: 'x' })).status).toBe(400);
    expect((await get('/api/coverage/ranking', { unit: city.code, limit: '0' })).status).toBe(400);
    expect((await get('/api/coverage/expiring', { unit: city.code, days: '0' })).status).toBe(400);
  });
});
