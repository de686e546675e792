import { createTestApp, TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import { createTarget } from '../factories/reference.factory';
import { createUnit } from '../factories/units.factory';

describe('reference data: programmes and targets', () => {
  let t: TestApp;
  let admin: string;
  let manager: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = (await signedIn(t, [{ role: 'department_admin' }])).token;
    const commune = await createUnit(t.dataSource, { kind: 'commune' });
    manager = (await signedIn(t, [{ role: 'unit_manager', unitId: commune.id }])).token;
  });
  afterAll(() => t.close());

  it('every fresh database holds the contract reference data', async () => {
    const programmes = await t
      .http()
      .get('/api/programmes')
      .set('Authorization', `Bearer ${manager}`);
    expect(programmes.status).toBe(200);
    expect(programmes.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'BDTT',
          name: 'Bồi dưỡng kỹ năng truyền thông',
          validityMonths: 24,
        }),
        expect.objectContaining({
          code: 'QTNQ71',
          name: 'Quán triệt Nghị quyết 71-NQ/TW',
          validityMonths: null,
        }),
      ]),
    );
    const targets = await t.http().get('/api/targets').set('Authorization', `Bearer ${manager}`);
    const cbtt = targets.body.find((x: { code: string }) => x.code === 'CBTT');
    expect(cbtt).toMatchObject({
      population: 'communication_officers',
      programme: { code: 'BDTT' },
      periods: [
        { startsOn: '2026-01-01', endsOn: '2030-12-31', threshold: 0.7 },
        { startsOn: '2031-01-01', endsOn: '2035-12-31', threshold: 1 },
      ],
    });
    const nq71 = targets.body.find((x: { code: string }) => x.code === 'NQ71');
    expect(nq71).toMatchObject({
      population: 'all_staff',
      programme: { code: 'QTNQ71' },
      periods: [{ startsOn: '2026-01-01', endsOn: '2030-12-31', threshold: 1 }],
    });
    const [root] = await t.dataSource.query(
      `SELECT v.name, v.kind FROM units u JOIN unit_versions v ON v.unit_id = u.id WHERE u.code = 'SGDDT'`,
    );
    expect(root).toEqual({ name: 'Sở Giáo dục và Đào tạo', kind: 'department' });
  });

  it('the department changes a target’s periods and the history says who, when and what it was', async () => {
    const { targetCode } = await createTarget(t.dataSource);
    const response = await t
      .http()
      .patch(`/api/targets/${targetCode}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({
        periods: [
          { startsOn: '2026-01-01', endsOn: '2030-12-31', threshold: 0.75 },
          { startsOn: '2031-01-01', endsOn: '2035-12-31', threshold: 1 },
        ],
      });
    expect(response.status).toBe(200);
    expect(response.body.periods).toEqual([
      { startsOn: '2026-01-01', endsOn: '2030-12-31', threshold: 0.75 },
      { startsOn: '2031-01-01', endsOn: '2035-12-31', threshold: 1 },
    ]);
    const history = await t
      .http()
      .get(`/api/targets/${targetCode}/history`)
      .set('Authorization', `Bearer ${admin}`);
    expect(history.body).toHaveLength(1);
    expect(history.body[0].details.before.periods).toEqual([
      { startsOn: '2026-01-01', endsOn: '2030-12-31', threshold: 0.7 },
    ]);
    expect(history.body[0].actor).toEqual(expect.any(String));
  });

  it('refuses overlapping periods, impossible dates and unknown fields, changing nothing', async () => {
    const { targetCode } = await createTarget(t.dataSource);
    const send = (body: object) =>
      t
        .http()
        .patch(`/api/targets/${targetCode}`)
        .set('Authorization', `Bearer ${admin}`)
        .send(body);
    const overlap = await send({
      periods: [
        { startsOn: '2026-01-01', endsOn: '2030-12-31', threshold: 0.7 },
        { startsOn: '2030-12-31', endsOn: '2035-12-31', threshold: 1 },
      ],
    });
    expect(overlap.status).toBe(400);
    expect(overlap.body.message).toBe('Các giai đoạn không được chồng lên nhau');
    const impossible = await send({
      periods: [{ startsOn: '2026-02-31', endsOn: '2030-12-31', threshold: 0.7 }],
    });
    expect(impossible.status).toBe(400);
    const unknown = await send({ name: 'x', colour: 'red' });
    expect(unknown.status).toBe(400);
    const tooHigh = await send({
      periods: [{ startsOn: '2026-01-01', endsOn: '2030-12-31', threshold: 1.5 }],
    });
    expect(tooHigh.status).toBe(400);
    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS n, min(threshold_bp) AS bp FROM target_periods p JOIN targets t ON t.id = p.target_id WHERE t.code = $1`,
      [targetCode],
    );
    expect(row).toEqual({ n: 1, bp: 7000 });
  });

  it('edits a programme’s validity; only the department may', async () => {
    const { programmeCode } = await createTarget(t.dataSource);
    const denied = await t
      .http()
      .patch(`/api/programmes/${programmeCode}`)
      .set('Authorization', `Bearer ${manager}`)
      .send({ validityMonths: 36 });
    expect(denied.status).toBe(403);
    const ok = await t
      .http()
      .patch(`/api/programmes/${programmeCode}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ validityMonths: 36, name: 'Bồi dưỡng thử nghiệm' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      code: programmeCode,
      validityMonths: 36,
      name: 'Bồi dưỡng thử nghiệm',
    });
    expect(
      (
        await t
          .http()
          .patch('/api/programmes/NOPE')
          .set('Authorization', `Bearer ${admin}`)
          .send({ hours: 8 })
      ).status,
    ).toBe(404);
    expect((await t.http().get('/api/programmes')).status).toBe(401);
  });
});
