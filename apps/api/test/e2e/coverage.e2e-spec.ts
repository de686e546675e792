import { createTestApp, TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import { createCertificate, createProgrammeTarget } from '../factories/certificates.factory';
import { createAssignment, createPerson } from '../factories/people.factory';
import { createBranches, createUnit, CreatedUnit } from '../factories/units.factory';

describe('GET /api/coverage', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await signedIn(t, [{ role: 'department_admin' }])).token;
  });
  afterAll(() => t.close());

  const get = (query: Record<string, string>, token = admin) =>
    t.http().get('/api/coverage').query(query).set('Authorization', `Bearer ${token}`);

  /** Officers at `unit` from 2020 on, the first `trained` of them certified (no expiry) in 2025. */
  async function officers(
    unit: CreatedUnit,
    programmeCode: string,
    count: number,
    trained: number,
  ): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const person = await createPerson(t.dataSource);
      await createAssignment(t.dataSource, {
        personId: person.id,
        unitId: unit.id,
        communicationOfficer: true,
      });
      if (i < trained) {
        await createCertificate(t.dataSource, {
          personId: person.id,
          programmeCode,
          issuedOn: '2025-06-01',
        });
      }
      ids.push(person.id);
    }
    return ids;
  }

  async function figuresOn(targetCode: string, unitCode: string, asOf: string) {
    const response = await get({ target: targetCode, unit: unitCode, asOf });
    expect(response.status).toBe(200);
    return response.body as { population: number; trained: number };
  }

  it('answers the contract exactly: 7 of 10 at 70 % is met with a gap of 0, children sorted by name', async () => {
    const { programmeCode, targetCode } = await createProgrammeTarget(t.dataSource);
    const commune = await createUnit(t.dataSource, { kind: 'commune', name: 'Xã Hợp Đồng' });
    const schoolB = await createUnit(t.dataSource, {
      kind: 'primary',
      parentCode: commune.code,
      name: 'Trường Tiểu học Bắc',
    });
    const schoolA = await createUnit(t.dataSource, {
      kind: 'preschool',
      parentCode: commune.code,
      name: 'Trường Mầm non An',
    });
    const empty = await createUnit(t.dataSource, {
      kind: 'lower_secondary',
      parentCode: commune.code,
      name: 'Trường THCS Âu Cơ',
    });
    await officers(schoolA, programmeCode, 4, 4);
    await officers(schoolB, programmeCode, 6, 3);
    const nonOfficer = await createPerson(t.dataSource);
    await createAssignment(t.dataSource, {
      personId: nonOfficer.id,
      unitId: empty.id,
      communicationOfficer: false,
    });

    const response = await get({ target: targetCode, unit: commune.code, asOf: '2027-03-31' });

    expect(response.status).toBe(200);
    const { outlook, ...contract } = response.body;
    expect(contract).toEqual({
      asOf: '2027-03-31',
      target: {
        code: targetCode,
        threshold: 0.7,
        periodStart: '2026-01-01',
        periodEnd: '2030-12-31',
      },
      unit: { code: commune.code, name: 'Xã Hợp Đồng', kind: 'commune' },
      population: 10,
      trained: 7,
      coverage: 0.7,
      status: 'met',
      gap: 0,
      children: [
        {
          unit: { code: schoolA.code, name: 'Trường Mầm non An', kind: 'preschool' },
          population: 4,
          trained: 4,
          coverage: 1,
          status: 'met',
          gap: 0,
        },
        {
          unit: { code: empty.code, name: 'Trường THCS Âu Cơ', kind: 'lower_secondary' },
          population: 0,
          trained: 0,
          coverage: null,
          status: 'no_population',
          gap: 0,
        },
        {
          unit: { code: schoolB.code, name: 'Trường Tiểu học Bắc', kind: 'primary' },
          population: 6,
          trained: 3,
          coverage: 0.5,
          status: 'at_risk',
          gap: 2,
        },
      ],
    });
    expect(outlook).toMatchObject({
      windowStart: '2026-12-31',
      trainedAtWindowStart: 7,
      expiringBeforePeriodEnd: 0,
      requiredTrained: 7,
      additionalNeeded: 0,
    });
  });

  it('counts a certificate from its day of issue through its day of expiry, not the day after', async () => {
    const { programmeCode, targetCode } = await createProgrammeTarget(t.dataSource);
    const school = await createUnit(t.dataSource, { kind: 'primary' });
    const [person] = await officers(school, programmeCode, 1, 0);
    await createCertificate(t.dataSource, {
      personId: person,
      programmeCode,
      issuedOn: '2026-03-15',
      expiresOn: '2028-03-14',
    });
    const trainedOn = async (asOf: string) =>
      (await figuresOn(targetCode, school.code, asOf)).trained;
    expect(await trainedOn('2026-03-14')).toBe(0);
    expect(await trainedOn('2026-03-15')).toBe(1); // the day of issue
    expect(await trainedOn('2028-03-14')).toBe(1); // the day of expiry: still valid
    expect(await trainedOn('2028-03-15')).toBe(0); // the day after
  });

  it('stops counting a revoked certificate on its revocation day', async () => {
    const { programmeCode, targetCode } = await createProgrammeTarget(t.dataSource);
    const school = await createUnit(t.dataSource, { kind: 'primary' });
    const [person] = await officers(school, programmeCode, 1, 0);
    await createCertificate(t.dataSource, {
      personId: person,
      programmeCode,
      issuedOn: '2026-01-10',
      revokedOn: '2027-02-01',
    });
    expect((await figuresOn(targetCode, school.code, '2027-01-31')).trained).toBe(1);
    expect((await figuresOn(targetCode, school.code, '2027-02-01')).trained).toBe(0);
  });

  it('counts an assignment from its start day through its end day', async () => {
    const { targetCode } = await createProgrammeTarget(t.dataSource);
    const school = await createUnit(t.dataSource, { kind: 'primary' });
    const person = await createPerson(t.dataSource);
    await createAssignment(t.dataSource, {
      personId: person.id,
      unitId: school.id,
      startDate: '2026-03-01',
      endDate: '2027-06-30',
      communicationOfficer: true,
    });
    const populationOn = async (asOf: string) =>
      (await figuresOn(targetCode, school.code, asOf)).population;
    expect(await populationOn('2026-02-28')).toBe(0);
    expect(await populationOn('2026-03-01')).toBe(1); // start day
    expect(await populationOn('2027-06-30')).toBe(1); // end day: in force
    expect(await populationOn('2027-07-01')).toBe(0);
  });

  it('counts a person with two assignments in one subtree once there, and in each child', async () => {
    const { programmeCode, targetCode } = await createProgrammeTarget(t.dataSource);
    const commune = await createUnit(t.dataSource, { kind: 'commune' });
    const a = await createUnit(t.dataSource, { kind: 'primary', parentCode: commune.code });
    const b = await createUnit(t.dataSource, { kind: 'preschool', parentCode: commune.code });
    const person = await createPerson(t.dataSource);
    for (const unit of [a, b, commune]) {
      await createAssignment(t.dataSource, {
        personId: person.id,
        unitId: unit.id,
        communicationOfficer: true,
      });
    }
    await createCertificate(t.dataSource, {
      personId: person.id,
      programmeCode,
      issuedOn: '2026-01-05',
    });
    const body = (await get({ target: targetCode, unit: commune.code, asOf: '2026-06-30' })).body;
    expect([body.population, body.trained]).toEqual([1, 1]);
    expect(body.children.map((c: { population: number }) => c.population)).toEqual([1, 1]);
  });

  it('never counts pending or rejected certificates, nor another programme', async () => {
    const { programmeCode, targetCode } = await createProgrammeTarget(t.dataSource);
    const other = await createProgrammeTarget(t.dataSource);
    const school = await createUnit(t.dataSource, { kind: 'primary' });
    const people = await officers(school, programmeCode, 3, 0);
    await createCertificate(t.dataSource, {
      personId: people[0],
      programmeCode,
      issuedOn: '2026-01-05',
      approval: 'pending',
    });
    await createCertificate(t.dataSource, {
      personId: people[1],
      programmeCode,
      issuedOn: '2026-01-05',
      approval: 'rejected',
    });
    await createCertificate(t.dataSource, {
      personId: people[2],
      programmeCode: other.programmeCode,
      issuedOn: '2026-01-05',
    });
    expect(await figuresOn(targetCode, school.code, '2026-06-30')).toMatchObject({
      population: 3,
      trained: 0,
    });
  });

  it('counts all staff, officers or not, for an all-staff target', async () => {
    const { targetCode } = await createProgrammeTarget(t.dataSource, { population: 'all_staff' });
    const school = await createUnit(t.dataSource, { kind: 'primary' });
    for (const communicationOfficer of [true, false]) {
      const person = await createPerson(t.dataSource);
      await createAssignment(t.dataSource, {
        personId: person.id,
        unitId: school.id,
        communicationOfficer,
      });
    }
    expect((await figuresOn(targetCode, school.code, '2026-06-30')).population).toBe(2);
  });

  it('applies 70 % through 31/12/2030 and 100 % from 01/01/2031', async () => {
    const { programmeCode, targetCode } = await createProgrammeTarget(t.dataSource);
    const school = await createUnit(t.dataSource, { kind: 'primary' });
    await officers(school, programmeCode, 10, 7);

    const last = (await get({ target: targetCode, unit: school.code, asOf: '2030-12-31' })).body;
    expect(last.target).toEqual({
      code: targetCode,
      threshold: 0.7,
      periodStart: '2026-01-01',
      periodEnd: '2030-12-31',
    });
    expect([last.coverage, last.status, last.gap]).toEqual([0.7, 'met', 0]);

    const first = (await get({ target: targetCode, unit: school.code, asOf: '2031-01-01' })).body;
    expect(first.target).toEqual({
      code: targetCode,
      threshold: 1,
      periodStart: '2031-01-01',
      periodEnd: '2035-12-31',
    });
    // No one trained in the last 90 days: the 100 % cannot be reached at this pace.
    expect([first.coverage, first.status, first.gap]).toEqual([0.7, 'at_risk', 3]);
  });

  it('is on track when the recent pace reaches the threshold by the period end, at risk when expiries undo it', async () => {
    const { programmeCode, targetCode } = await createProgrammeTarget(t.dataSource);
    const steady = await createUnit(t.dataSource, { kind: 'primary' });
    const expiring = await createUnit(t.dataSource, { kind: 'primary' });
    for (const unit of [steady, expiring]) {
      const people = await officers(unit, programmeCode, 10, 4);
      // Two more trained within the 90 days before 02/10/2030: pace 2 per 90 days, 90 days left.
      for (const person of people.slice(4, 6)) {
        await createCertificate(t.dataSource, {
          personId: person,
          programmeCode,
          issuedOn: '2030-09-01',
          expiresOn: unit === expiring ? '2030-11-30' : null,
        });
      }
    }
    const steadyBody = (await get({ target: targetCode, unit: steady.code, asOf: '2030-10-02' }))
      .body;
    expect([steadyBody.trained, steadyBody.status, steadyBody.gap]).toEqual([6, 'on_track', 1]);
    expect(steadyBody.outlook).toMatchObject({ projectedTrained: 8, expiringBeforePeriodEnd: 0 });

    const expiringBody = (
      await get({ target: targetCode, unit: expiring.code, asOf: '2030-10-02' })
    ).body;
    expect([expiringBody.trained, expiringBody.status]).toEqual([6, 'at_risk']);
    expect(expiringBody.outlook).toMatchObject({ projectedTrained: 6, expiringBeforePeriodEnd: 2 });
  });

  it('follows a unit moved to another parent: each side counts it only while it hangs there', async () => {
    const { programmeCode, targetCode } = await createProgrammeTarget(t.dataSource);
    const from = await createUnit(t.dataSource, { kind: 'commune' });
    const to = await createUnit(t.dataSource, { kind: 'commune' });
    const school = await createUnit(t.dataSource, { kind: 'primary', parentCode: from.code });
    await officers(school, programmeCode, 2, 1);
    await t.dataSource.query(
      `UPDATE unit_versions SET valid_to = '2027-07-01' WHERE unit_id = $1`,
      [school.id],
    );
    await t.dataSource.query(
      `INSERT INTO unit_versions (unit_id, name, kind, parent_id, valid_from, change)
       SELECT unit_id, name, kind, $2, '2027-07-01', 'moved' FROM unit_versions WHERE unit_id = $1`,
      [school.id, to.id],
    );
    const pop = async (unit: CreatedUnit, asOf: string) =>
      (await figuresOn(targetCode, unit.code, asOf)).population;
    expect([await pop(from, '2027-06-30'), await pop(to, '2027-06-30')]).toEqual([2, 0]);
    expect([await pop(from, '2027-07-01'), await pop(to, '2027-07-01')]).toEqual([0, 2]);
  });

  describe('scope', () => {
    it('lets a manager read their unit and below, and nothing else (404), anonymous 401', async () => {
      const { targetCode } = await createProgrammeTarget(t.dataSource);
      const { own, child, sibling, other } = await createBranches(t.dataSource);
      const manager = (await signedIn(t, [{ role: 'unit_manager', unitId: own.id }])).token;
      const learner = (await signedIn(t, [{ role: 'learner', unitId: own.id }])).token;
      const status = async (unit: string, token: string) =>
        (await get({ target: targetCode, unit, asOf: '2026-06-30' }, token)).status;

      expect(await status(own.code, manager)).toBe(200);
      expect(await status(child.code, manager)).toBe(200);
      expect(await status(sibling.code, manager)).toBe(404);
      expect(await status(other.code, manager)).toBe(404);
      expect(await status('SGDDT', manager)).toBe(404);
      expect(await status(own.code, learner)).toBe(404);
      expect(await status(sibling.code, admin)).toBe(200);
      const anonymous = await t
        .http()
        .get('/api/coverage')
        .query({ target: targetCode, unit: own.code });
      expect(anonymous.status).toBe(401);
    });
  });

  describe('bad requests', () => {
    it('refuses a date that does not exist with a Vietnamese message (400)', async () => {
      const response = await get({ target: 'CBTT', unit: 'SGDDT', asOf: '2026-02-31' });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.details).toContainEqual(
        expect.objectContaining({ field: 'asOf', message: expect.stringContaining('YYYY-MM-DD') }),
      );
    });

    it('answers 404 for an unknown target or unit, and for a unit that did not exist yet', async () => {
      const later = await createUnit(t.dataSource, { validFrom: '2027-01-01' });
      expect((await get({ target: 'KHONG-CO', unit: 'SGDDT' })).body).toMatchObject({
        statusCode: 404,
        message: 'Không tìm thấy chỉ tiêu',
      });
      expect((await get({ target: 'CBTT', unit: 'KHONG-CO' })).status).toBe(404);
      expect((await get({ target: 'CBTT', unit: later.code, asOf: '2026-12-31' })).status).toBe(
        404,
      );
      expect((await get({ target: 'CBTT', unit: later.code, asOf: '2027-01-01' })).status).toBe(
        200,
      );
    });

    it('answers 422 for a date outside every period of the target', async () => {
      const response = await get({ target: 'CBTT', unit: 'SGDDT', asOf: '2025-12-31' });
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({
        code: 'OUTSIDE_TARGET_PERIODS',
        message: 'Ngày 31/12/2025 nằm ngoài các giai đoạn của chỉ tiêu CBTT',
      });
    });

    it('defaults asOf to today in Hải Phòng and refuses unknown parameters', async () => {
      const { targetCode } = await createProgrammeTarget(t.dataSource, {
        periods: [{ startsOn: '2020-01-01', endsOn: '2099-12-31', thresholdBp: 7000 }],
      });
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
        new Date(),
      );
      const response = await get({ target: targetCode, unit: 'SGDDT' });
      expect(response.status).toBe(200);
      expect(response.body.asOf).toBe(today);
      expect((await get({ target: targetCode, unit: 'SGDDT', extra: '1' })).status).toBe(400);
    });
  });
});
