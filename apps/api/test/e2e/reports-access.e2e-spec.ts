import { createTestApp, TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import { unique } from '../factories/unique';
import { bearer, createPeriod, NARRATIVE, reportingBranches, submitted } from './reports-fixtures';

describe('reports: roles, scope and validation', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await signedIn(t, [{ role: 'department_admin' }])).token;
  });
  afterAll(() => t.close());

  it('creates periods with the Decree 09/2019 defaults and lets the department change the dates', async () => {
    const half = await createPeriod(t, admin);
    expect(half).toMatchObject({
      kind: 'half_year',
      year: 2026,
      title: '6 tháng đầu năm 2026',
      startsOn: '2025-12-15',
      cutoffOn: '2026-06-14',
      dueOn: '2026-06-20',
      requiredUnitKinds: [
        'commune',
        'university',
        'vocational',
        'direct_unit',
        'upper_secondary',
        'continuing_education',
      ],
    });
    const annual = await createPeriod(t, admin, { kind: 'annual', dueOn: '2026-12-22' });
    expect(annual).toMatchObject({
      cutoffOn: '2026-12-14',
      dueOn: '2026-12-22',
      title: 'năm 2026',
    });

    const patched = await t
      .http()
      .patch(`/api/report-periods/${half.id}`)
      .set(bearer(admin))
      .send({ dueOn: '2026-06-25', title: '6 tháng đầu năm 2026 (bổ sung)' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ dueOn: '2026-06-25', cutoffOn: '2026-06-14' });

    const listed = await t.http().get('/api/report-periods').set(bearer(admin));
    expect(listed.status).toBe(200);
    expect(listed.body.map((p: { code: string }) => p.code)).toEqual(
      expect.arrayContaining([half.code, annual.code]),
    );

    const duplicate = await t
      .http()
      .post('/api/report-periods')
      .set(bearer(admin))
      .send({ kind: 'half_year', year: 2026, code: half.code });
    expect(duplicate.status).toBe(409);
  });

  it.each([
    { name: 'an unknown field', body: { kind: 'half_year', year: 2026, colour: 'red' } },
    { name: 'an unknown kind', body: { kind: 'quarter', year: 2026 } },
    {
      name: 'a date that does not exist',
      body: { kind: 'half_year', year: 2026, dueOn: '2026-02-30' },
    },
    {
      name: 'a dd/mm/yyyy date in JSON',
      body: { kind: 'half_year', year: 2026, dueOn: '20/06/2026' },
    },
    {
      name: 'a due date before the cut-off',
      body: { kind: 'half_year', year: 2026, dueOn: '2026-06-01' },
    },
    {
      name: 'data starting after the cut-off',
      body: { kind: 'annual', year: 2026, startsOn: '2026-12-20' },
    },
    {
      name: 'an unknown unit kind',
      body: { kind: 'annual', year: 2026, requiredUnitKinds: ['ministry'] },
    },
    { name: 'no year', body: { kind: 'annual' } },
  ])('refuses a period with $name (400)', async ({ body }) => {
    const response = await t
      .http()
      .post('/api/report-periods')
      .set(bearer(admin))
      .send({ code: unique('RP'), ...body });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
  });

  it('refuses bad narratives, empty submissions and returns without a comment', async () => {
    const b = await reportingBranches(t);
    const period = await createPeriod(t, admin);
    const opened = await t
      .http()
      .get('/api/unit-reports/current')
      .query({ period: period.code, unit: b.own.code })
      .set(bearer(b.manager));
    const id = opened.body.id;
    const unknown = await t
      .http()
      .put(`/api/unit-reports/${id}/narrative`)
      .set(bearer(b.manager))
      .send({ ...NARRATIVE, figures: { trained: 999 } });
    expect(unknown.status).toBe(400);
    const missing = await t
      .http()
      .put(`/api/unit-reports/${id}/narrative`)
      .set(bearer(b.manager))
      .send({ done: 'x' });
    expect(missing.status).toBe(400);
    const empty = await t.http().post(`/api/unit-reports/${id}/submit`).set(bearer(b.manager));
    expect(empty.status).toBe(400);
    expect(empty.body.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['done', 'signerName']),
    );
    const notSubmitted = await t.http().post(`/api/unit-reports/${id}/accept`).set(bearer(admin));
    expect(notSubmitted.status).toBe(409);

    const report = await submitted(t, b.siblingManager, period.code, b.sibling.code);
    const noComment = await t
      .http()
      .post(`/api/unit-reports/${report.id}/return`)
      .set(bearer(admin))
      .send({});
    expect(noComment.status).toBe(400);
    const notUuid = await t.http().get('/api/unit-reports/abc').set(bearer(admin));
    expect(notUuid.status).toBe(400);
    const noQuery = await t.http().get('/api/unit-reports/current').set(bearer(b.manager));
    expect(noQuery.status).toBe(400);
  });

  it('shows a manager only the required units of their own subtree: anything else is 404', async () => {
    const b = await reportingBranches(t);
    const period = await createPeriod(t, admin);
    const siblingReport = await submitted(t, b.siblingManager, period.code, b.sibling.code);
    const current = (unit: string, token = b.manager, ref = period.code) =>
      t.http().get('/api/unit-reports/current').query({ period: ref, unit }).set(bearer(token));

    expect((await current(b.own.code)).status).toBe(200);
    expect((await current(b.sibling.code)).status).toBe(404);
    expect((await current(b.child.code)).status).toBe(404); // in scope, but a school does not report
    expect((await current('KHONG-CO')).status).toBe(404);
    expect((await current(b.own.code, b.manager, 'KHONG-CO')).status).toBe(404);
    for (const path of ['', '/docx', '/pdf']) {
      const response = await t
        .http()
        .get(`/api/unit-reports/${siblingReport.id}${path}`)
        .set(bearer(b.manager));
      expect(response.status).toBe(404);
    }
    const write = await t
      .http()
      .put(`/api/unit-reports/${siblingReport.id}/narrative`)
      .set(bearer(b.manager))
      .send(NARRATIVE);
    expect(write.status).toBe(404);
    const submit = await t
      .http()
      .post(`/api/unit-reports/${siblingReport.id}/submit`)
      .set(bearer(b.manager));
    expect(submit.status).toBe(404);

    // A school's manager sits below the commune: no required unit in scope, nothing to report.
    const schoolManager = (await signedIn(t, [{ role: 'unit_manager', unitId: b.child.id }])).token;
    expect((await current(b.own.code, schoolManager)).status).toBe(404);
    expect((await current(b.child.code, schoolManager)).status).toBe(404);

    const mine = await t.http().get('/api/report-periods').set(bearer(b.manager));
    expect(mine.status).toBe(200);
    const listed = mine.body.find((p: { code: string }) => p.code === period.code);
    expect(listed.units.map((u: { unit: { code: string } }) => u.unit.code)).toEqual([b.own.code]);
    expect(listed.units[0]).toMatchObject({ status: 'draft' });

    // A period that has not opened yet does not exist for managers.
    const later = await createPeriod(t, admin, { kind: 'annual', year: 2027 });
    expect((await current(b.own.code, b.manager, later.code)).status).toBe(404);
    const listedLater = await t.http().get('/api/report-periods').set(bearer(b.manager));
    expect(listedLater.body.map((p: { code: string }) => p.code)).not.toContain(later.code);
    expect((await current(b.own.code, admin, later.code)).status).toBe(200);
  });

  it('answers each route per role: learners 403, managers 403 on the department routes, anonymous 401', async () => {
    const b = await reportingBranches(t);
    const period = await createPeriod(t, admin);
    const report = await submitted(t, b.manager, period.code, b.own.code);
    const learner = (await signedIn(t, [{ role: 'learner', unitId: b.own.id }])).token;
    const author = (await signedIn(t, [{ role: 'course_author' }])).token;
    const routes: {
      method: 'get' | 'post' | 'put' | 'patch';
      path: string;
      body?: object;
      managers: boolean;
    }[] = [
      { method: 'get', path: '/api/report-periods', managers: true },
      {
        method: 'post',
        path: '/api/report-periods',
        body: { kind: 'annual', year: 2030 },
        managers: false,
      },
      {
        method: 'patch',
        path: `/api/report-periods/${period.id}`,
        body: { title: 'x' },
        managers: false,
      },
      { method: 'get', path: `/api/report-periods/${period.id}/status`, managers: false },
      { method: 'get', path: `/api/report-periods/${period.id}/aggregate`, managers: false },
      { method: 'get', path: `/api/report-periods/${period.id}/aggregate.xlsx`, managers: false },
      {
        method: 'get',
        path: `/api/unit-reports/current?period=${period.code}&unit=${b.own.code}`,
        managers: true,
      },
      { method: 'get', path: `/api/unit-reports/${report.id}`, managers: true },
      { method: 'get', path: `/api/unit-reports/${report.id}/docx`, managers: true },
      { method: 'get', path: `/api/unit-reports/${report.id}/pdf`, managers: true },
      {
        method: 'put',
        path: `/api/unit-reports/${report.id}/narrative`,
        body: NARRATIVE,
        managers: true,
      },
      { method: 'post', path: `/api/unit-reports/${report.id}/submit`, managers: true },
      {
        method: 'post',
        path: `/api/unit-reports/${report.id}/return`,
        body: { comment: 'x' },
        managers: false,
      },
      { method: 'post', path: `/api/unit-reports/${report.id}/accept`, managers: false },
    ];
    for (const route of routes) {
      const call = (token?: string) => {
        const request = t.http()[route.method](route.path);
        if (token) request.set(bearer(token));
        return route.body ? request.send(route.body) : request;
      };
      expect([route.path, (await call()).status]).toEqual([route.path, 401]);
      expect([route.path, (await call(learner)).status]).toEqual([route.path, 403]);
      expect([route.path, (await call(author)).status]).toEqual([route.path, 403]);
      const asManager = (await call(b.manager)).status;
      if (route.managers) expect([route.path, asManager]).not.toEqual([route.path, 403]);
      else expect([route.path, asManager]).toEqual([route.path, 403]);
    }
  });
});
