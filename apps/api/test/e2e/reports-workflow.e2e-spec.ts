import type { ReportPeriodStatus, UnitReportView } from '@loa/contracts';
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { canonicalJson } from '../../src/modules/reports/report-content-hash';
import { createTestApp, TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import { createCertificate } from '../factories/certificates.factory';
import { createUnit } from '../factories/units.factory';
import {
  bearer,
  createPeriod,
  NARRATIVE,
  reportingBranches,
  submitted,
  writtenDraft,
} from './reports-fixtures';

describe('unit reports: draft, submit, return, accept', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await signedIn(t, [{ role: 'department_admin' }])).token;
  });
  afterAll(() => t.close());

  const cbtt = (report: UnitReportView) => {
    const target = report.figures.targets.find((x) => x.code === 'CBTT');
    if (!target) throw new Error('no CBTT figures');
    return target;
  };

  it('fills the draft with the coverage engine figures as of the cut-off, per child unit', async () => {
    const b = await reportingBranches(t);
    const period = await createPeriod(t, admin);
    const opened = await t
      .http()
      .get('/api/unit-reports/current')
      .query({ period: period.code, unit: b.own.code })
      .set(bearer(b.manager));
    expect(opened.status).toBe(200);
    const report: UnitReportView = opened.body;
    expect(report).toMatchObject({ version: 1, status: 'draft', contentHash: null, late: null });
    expect(report.figures).toMatchObject({
      asOf: '2026-06-14',
      periodStart: '2025-12-15',
      unit: { code: b.own.code, kind: 'commune' },
    });
    expect(report.figures.targets.map((x) => x.code)).toEqual(
      expect.arrayContaining(['CBTT', 'NQ71']),
    );
    expect(cbtt(report)).toMatchObject({
      population: 2,
      trained: 1,
      coverage: 0.5,
      threshold: 0.7,
      gap: 1,
      trainedDuringPeriod: 1,
      children: [
        expect.objectContaining({
          unit: expect.objectContaining({ code: b.child.code }),
          population: 2,
          trained: 1,
        }),
      ],
    });
    const coverage = await t
      .http()
      .get('/api/coverage')
      .query({ target: 'CBTT', unit: b.own.code, asOf: '2026-06-14' })
      .set(bearer(admin));
    expect(cbtt(report)).toMatchObject({
      population: coverage.body.population,
      trained: coverage.body.trained,
      coverage: coverage.body.coverage,
      status: coverage.body.status,
      gap: coverage.body.gap,
    });
    const again = await t
      .http()
      .get('/api/unit-reports/current')
      .query({ period: period.id, unit: b.own.code })
      .set(bearer(b.manager));
    expect(again.body.id).toBe(report.id);
  });

  it('freezes a submitted report: later certificates move the live figures, never the report', async () => {
    const b = await reportingBranches(t);
    const period = await createPeriod(t, admin);
    const draft = await writtenDraft(t, b.manager, period.code, b.own.code);
    expect(draft.narrative).toEqual(NARRATIVE);
    const submit = await t
      .http()
      .post(`/api/unit-reports/${draft.id}/submit`)
      .set(bearer(b.manager));
    expect(submit.status).toBe(200);
    const frozen: UnitReportView = submit.body;
    expect(frozen.status).toBe('submitted');
    expect(frozen.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(frozen.contentHash).toBe(
      createHash('sha256')
        .update(canonicalJson({ figures: frozen.figures, narrative: frozen.narrative }))
        .digest('hex'),
    );
    expect(cbtt(frozen).trained).toBe(1);

    await createCertificate(t.dataSource, {
      personId: b.officers[1].id,
      programmeCode: 'BDTT',
      issuedOn: '2026-05-02',
    });
    const live = await t
      .http()
      .get('/api/coverage')
      .query({ target: 'CBTT', unit: b.own.code, asOf: '2026-06-14' })
      .set(bearer(admin));
    expect(live.body.trained).toBe(2);

    const later = await t.http().get(`/api/unit-reports/${frozen.id}`).set(bearer(b.manager));
    expect(later.status).toBe(200);
    expect(later.body.figures).toEqual(frozen.figures);
    expect(later.body.contentHash).toBe(frozen.contentHash);
    expect(cbtt(later.body).trained).toBe(1);
    const current = await t
      .http()
      .get('/api/unit-reports/current')
      .query({ period: period.code, unit: b.own.code })
      .set(bearer(b.manager));
    expect(current.body).toMatchObject({ id: frozen.id, contentHash: frozen.contentHash });
    expect(cbtt(current.body).trained).toBe(1);

    const edit = await t
      .http()
      .put(`/api/unit-reports/${frozen.id}/narrative`)
      .set(bearer(b.manager))
      .send({ ...NARRATIVE, done: 'Sửa sau khi gửi' });
    expect(edit.status).toBe(409);
    const resubmit = await t
      .http()
      .post(`/api/unit-reports/${frozen.id}/submit`)
      .set(bearer(b.manager));
    expect(resubmit.status).toBe(409);
  });

  it('returns a report with a comment; the resubmission is version 2 and version 1 is kept', async () => {
    const b = await reportingBranches(t);
    const period = await createPeriod(t, admin);
    const v1 = await submitted(t, b.manager, period.code, b.own.code);
    const returned = await t
      .http()
      .post(`/api/unit-reports/${v1.id}/return`)
      .set(bearer(admin))
      .send({ comment: 'Bổ sung số liệu các trường mầm non' });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({
      status: 'returned',
      reviewComment: 'Bổ sung số liệu các trường mầm non',
      contentHash: v1.contentHash,
    });
    const acceptReturned = await t
      .http()
      .post(`/api/unit-reports/${v1.id}/accept`)
      .set(bearer(admin));
    expect(acceptReturned.status).toBe(409);

    await createCertificate(t.dataSource, {
      personId: b.officers[1].id,
      programmeCode: 'BDTT',
      issuedOn: '2026-06-10',
    });
    const reopened = await t
      .http()
      .get('/api/unit-reports/current')
      .query({ period: period.code, unit: b.own.code })
      .set(bearer(b.manager));
    expect(reopened.body).toMatchObject({ version: 2, status: 'draft', narrative: NARRATIVE });
    expect(reopened.body.id).not.toBe(v1.id);
    const v2 = await t
      .http()
      .post(`/api/unit-reports/${reopened.body.id}/submit`)
      .set(bearer(b.manager));
    expect(v2.status).toBe(200);
    expect(v2.body).toMatchObject({ version: 2, status: 'submitted' });
    expect(cbtt(v2.body).trained).toBe(2);
    expect(
      v2.body.versions.map((v: { version: number; status: string }) => [v.version, v.status]),
    ).toEqual([
      [2, 'submitted'],
      [1, 'returned'],
    ]);

    const old = await t.http().get(`/api/unit-reports/${v1.id}`).set(bearer(admin));
    expect(old.body).toMatchObject({ version: 1, status: 'returned', contentHash: v1.contentHash });
    expect(old.body.figures).toEqual(v1.figures);
    expect(cbtt(old.body).trained).toBe(1);

    const accepted = await t
      .http()
      .post(`/api/unit-reports/${v2.body.id}/accept`)
      .set(bearer(admin));
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    const status = await t.http().get(`/api/report-periods/${period.id}/status`).set(bearer(admin));
    const row = (status.body as ReportPeriodStatus).units.find((u) => u.unit.code === b.own.code);
    expect(row).toMatchObject({ progress: 'accepted', version: 2, reportId: v2.body.id });
  });

  it('writes the narrative of a returned version into the next version, never into the returned one', async () => {
    const b = await reportingBranches(t);
    const period = await createPeriod(t, admin);
    const v1 = await submitted(t, b.manager, period.code, b.own.code);
    await t
      .http()
      .post(`/api/unit-reports/${v1.id}/return`)
      .set(bearer(admin))
      .send({ comment: 'Viết rõ hơn phần kết quả' });
    const rewritten = { ...NARRATIVE, results: 'Kết quả viết lại, chi tiết hơn.' };
    const edited = await t
      .http()
      .put(`/api/unit-reports/${v1.id}/narrative`)
      .set(bearer(b.manager))
      .send(rewritten);
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ version: 2, status: 'draft', narrative: rewritten });
    const old = await t.http().get(`/api/unit-reports/${v1.id}`).set(bearer(b.manager));
    expect(old.body).toMatchObject({ status: 'returned', narrative: NARRATIVE });
    const again = await t
      .http()
      .put(`/api/unit-reports/${v1.id}/narrative`)
      .set(bearer(b.manager))
      .send(rewritten);
    expect(again.status).toBe(409); // version 2 is the one to edit now
  });

  it('lists every required unit on time, late, missing or returned, late judged by the day in Hải Phòng', async () => {
    const b = await reportingBranches(t);
    const third = await createUnit(t.dataSource, {
      kind: 'university',
      name: 'Trường Đại học Thử',
    });
    const fourth = await createUnit(t.dataSource, {
      kind: 'vocational',
      name: 'Trường Cao đẳng Thử',
    });
    const thirdManager = (await signedIn(t, [{ role: 'unit_manager', unitId: fourth.id }])).token;
    const period = await createPeriod(t, admin, { dueOn: '2026-06-20' });
    const onTime = await submitted(t, b.manager, period.code, b.own.code);
    const late = await submitted(t, b.siblingManager, period.code, b.sibling.code);
    const returned = await submitted(t, thirdManager, period.code, fourth.code);
    // 23:30 on the due day in Hải Phòng is 16:30 UTC: on time. 00:10 the next day: late.
    await t.dataSource.query(`UPDATE unit_reports SET submitted_at = $2 WHERE id = $1`, [
      onTime.id,
      '2026-06-20T16:30:00Z',
    ]);
    await t.dataSource.query(`UPDATE unit_reports SET submitted_at = $2 WHERE id = $1`, [
      late.id,
      '2026-06-20T17:10:00Z',
    ]);
    await t
      .http()
      .post(`/api/unit-reports/${returned.id}/return`)
      .set(bearer(admin))
      .send({ comment: 'Thiếu phần khó khăn' });

    const response = await t
      .http()
      .get(`/api/report-periods/${period.id}/status`)
      .set(bearer(admin));
    expect(response.status).toBe(200);
    const status: ReportPeriodStatus = response.body;
    const progress = (code: string) => status.units.find((u) => u.unit.code === code);
    expect(progress(b.own.code)).toMatchObject({ progress: 'submitted_on_time', late: false });
    expect(progress(b.sibling.code)).toMatchObject({ progress: 'submitted_late', late: true });
    expect(progress(fourth.code)).toMatchObject({ progress: 'returned', late: true });
    expect(progress(third.code)).toMatchObject({ progress: 'not_submitted', reportId: null });
    expect(progress(b.child.code)).toBeUndefined(); // a school does not report to the department
    expect(status.counts.required).toBe(status.units.length);
    expect(
      status.counts.not_submitted +
        status.counts.submitted_on_time +
        status.counts.submitted_late +
        status.counts.returned +
        status.counts.accepted,
    ).toBe(status.counts.required);
    expect(status.counts.submitted_on_time).toBeGreaterThanOrEqual(1);
    expect(status.counts.submitted_late).toBeGreaterThanOrEqual(1);

    const draftOnly = await createPeriod(t, admin);
    await writtenDraft(t, b.manager, draftOnly.code, b.own.code);
    const unseen = await t
      .http()
      .get(`/api/report-periods/${draftOnly.id}/status`)
      .set(bearer(admin));
    expect(
      (unseen.body as ReportPeriodStatus).units.find((u) => u.unit.code === b.own.code),
    ).toMatchObject({ progress: 'not_submitted', reportId: null });
  });

  it('aggregates only accepted reports, beside the live figures, and exports them as XLSX', async () => {
    const b = await reportingBranches(t);
    const period = await createPeriod(t, admin);
    const own = await submitted(t, b.manager, period.code, b.own.code);
    await submitted(t, b.siblingManager, period.code, b.sibling.code);
    await t.http().post(`/api/unit-reports/${own.id}/accept`).set(bearer(admin));

    // The live figures are the whole department's, which the other suites running beside this
    // one keep adding people to: compare them with GET /api/coverage read just before and just
    // after, and retry the rare times someone wrote in between.
    const cityNow = async () => {
      const city = await t
        .http()
        .get('/api/coverage')
        .query({ target: 'CBTT', unit: 'SGDDT', asOf: '2026-06-14' })
        .set(bearer(admin));
      expect(city.status).toBe(200);
      return { population: city.body.population as number, trained: city.body.trained as number };
    };
    const readBetween = async () => {
      const before = await cityNow();
      const aggregate = await t
        .http()
        .get(`/api/report-periods/${period.id}/aggregate`)
        .set(bearer(admin));
      return { before, aggregate, after: await cityNow() };
    };
    let read = await readBetween();
    for (let retry = 0; retry < 4 && !isDeepStrictEqual(read.before, read.after); retry += 1) {
      read = await readBetween();
    }
    const { before, aggregate: response, after } = read;
    expect(after).toEqual(before);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ asOf: '2026-06-14', acceptedReports: 1 });
    expect(response.body.units.map((u: { unit: { code: string } }) => u.unit.code)).toEqual([
      b.own.code,
    ]);
    const row = response.body.targets.find((x: { code: string }) => x.code === 'CBTT');
    expect(row.accepted).toEqual({
      population: 2,
      trained: 1,
      coverage: 0.5,
      trainedDuringPeriod: 1,
    });
    expect(row.threshold).toBe(0.7);
    expect(row.live).toMatchObject(after);

    const xlsx = await t
      .http()
      .get(`/api/report-periods/${period.id}/aggregate.xlsx`)
      .set(bearer(admin))
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
  });
});
