import type {
  MyReportPeriodView,
  ReportPeriodAggregate,
  ReportPeriodStatus,
  UnitReportView,
} from '@loa/contracts';
import {
  createSeededDemoApp,
  DEMO_SEED_TIMEOUT_MS,
  SeededDemoApp,
} from '../support/seeded-demo-app';
import { reportContentHash } from '../../src/modules/reports/report-content-hash';

/** The demo needs an empty database: this suite seeds its own in the run's cluster and drops it. */

describe('demo reports', () => {
  let demo: SeededDemoApp;
  const login = (username: string) => demo.login(username);
  const get = (token: string, path: string) => demo.get(token, path);

  beforeAll(async () => {
    demo = await createSeededDemoApp('reports');
  }, DEMO_SEED_TIMEOUT_MS);

  afterAll(() => demo?.close());

  it('holds a past half-year most units reported in (some late, some missing) and an open annual period', async () => {
    const admin = await login('admin');
    const periods: MyReportPeriodView[] = (await get(admin, '/api/report-periods')).body;
    expect(periods.map((p) => [p.code, p.cutoffOn, p.dueOn])).toEqual([
      ['2026-ANNUAL', '2026-12-14', '2026-12-20'],
      ['2026-H1', '2026-06-14', '2026-06-20'],
    ]);
    const h1 = periods[1];
    const status: ReportPeriodStatus = (await get(admin, `/api/report-periods/${h1.id}/status`))
      .body;
    const { counts } = status;
    expect(counts.required).toBeGreaterThan(114);
    expect(counts.accepted / counts.required).toBeGreaterThan(0.6);
    expect(counts.not_submitted).toBeGreaterThan(0);
    expect(counts.not_submitted / counts.required).toBeLessThan(0.2);
    expect(counts.late).toBeGreaterThan(0);
    expect(counts.submitted_on_time + counts.submitted_late).toBeGreaterThan(0);
    expect(counts.returned).toBe(0);

    const commune = status.units.find((u) => u.unit.code === 'X10525')!;
    expect(commune).toMatchObject({ progress: 'accepted', version: 2, late: false });
    const report: UnitReportView = (await get(admin, `/api/unit-reports/${commune.reportId}`)).body;
    expect(report.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'accepted'],
      [1, 'returned'],
    ]);
    expect(report.versions[1].reviewComment).toMatch(/bổ sung/);
    expect(report.contentHash).toBe(reportContentHash(report.figures, report.narrative));
    expect(report.figures.targets.map((t) => t.code)).toEqual(['CBTT', 'NQ71']);
    expect(report.figures.targets[0].population).toBeGreaterThan(0);

    const aggregate: ReportPeriodAggregate = (
      await get(admin, `/api/report-periods/${h1.id}/aggregate`)
    ).body;
    expect(aggregate.acceptedReports).toBe(counts.accepted);
    const cbtt = aggregate.targets.find((t) => t.code === 'CBTT')!;
    expect(cbtt.accepted.population).toBeGreaterThan(0);
    expect(cbtt.accepted.population).toBeLessThanOrEqual(cbtt.live.population);
  });

  it('lets the demo manager open the annual report of their commune, and see the half-year one', async () => {
    const manager = await login('manager');
    const periods: MyReportPeriodView[] = (await get(manager, '/api/report-periods')).body;
    expect(periods.map((p) => [p.code, p.units.map((u) => [u.unit.code, u.status])])).toEqual([
      ['2026-ANNUAL', [['X10525', null]]],
      ['2026-H1', [['X10525', 'accepted']]],
    ]);
    const annual = await get(manager, '/api/unit-reports/current?period=2026-ANNUAL&unit=X10525');
    expect(annual.status).toBe(200);
    expect(annual.body).toMatchObject({ version: 1, status: 'draft' });
    expect(annual.body.figures.asOf).toBe('2026-12-14');
  });
});
