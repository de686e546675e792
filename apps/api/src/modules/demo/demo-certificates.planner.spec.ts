import { lastValidDay } from '../certificates/certificate-dates';
import { DEMO_SEED, generateDemoCity } from './demo-city.generator';
import {
  numberDemoCertificates,
  planDemoCertificates,
  seriesCounts,
} from './demo-certificates.planner';

describe('demo certificates plan', () => {
  const city = generateDemoCity(DEMO_SEED);
  const learner = city.accounts.find((a) => a.username === 'learner')!.staffCode!;
  const plan = planDemoCertificates(city, DEMO_SEED, new Set([learner]));

  it('is the same for the same seed', () => {
    expect(planDemoCertificates(city, DEMO_SEED, new Set([learner]))).toEqual(plan);
  });

  it('issues Loa certificates in 2026 only, on fixed dates, never to the skipped learner', () => {
    const loa = plan.filter((c) => c.source === 'loa');
    expect(loa.every((c) => c.issuedOn >= '2026-01-15' && c.issuedOn <= '2026-11-15')).toBe(true);
    expect(plan.some((c) => c.staffCode === learner && c.programmeCode === 'BDTT')).toBe(false);
  });

  it('renews 2024 external certificates inside their window, continuing their validity', () => {
    const byId = new Map(plan.map((c) => [c.id, c]));
    const renewals = plan.filter((c) => c.renewsId);
    expect(renewals.length).toBeGreaterThan(50);
    for (const renewal of renewals) {
      const old = byId.get(renewal.renewsId!)!;
      expect(old).toMatchObject({ source: 'external', programmeCode: 'BDTT' });
      expect(old.expiresOn).toBe(lastValidDay(old.issuedOn, 24));
      expect(renewal.issuedOn <= old.expiresOn!).toBe(true);
      expect(renewal.expiresOn! > old.expiresOn!).toBe(true);
    }
  });

  it('revokes a few, with a reason, after they were issued', () => {
    const revoked = plan.filter((c) => c.revokedOn);
    expect(revoked).toHaveLength(14);
    for (const c of revoked) {
      expect(c.revokedOn! > c.issuedOn).toBe(true);
      expect(c.revocationReason).toMatch(/\S{3,}/u);
    }
  });

  it('briefs most staff on Resolution 71', () => {
    const staff = new Set(
      city.assignments.filter((a) => a.endDate === null).map((a) => a.staffCode),
    );
    const briefed = plan.filter((c) => c.programmeCode === 'QTNQ71');
    expect(briefed.length / staff.size).toBeGreaterThan(0.55);
    expect(briefed.length / staff.size).toBeLessThan(0.9);
  });

  it('numbers approved certificates without a number in a gapless yearly series, in order of issue', () => {
    const counts = seriesCounts(plan);
    expect([...counts.keys()]).toEqual([2026]);
    const numbered = numberDemoCertificates(plan, new Map([[2026, 41]]));
    const series = numbered
      .filter((c) => c.seriesNo !== null)
      .sort((a, b) => a.seriesNo! - b.seriesNo!);
    expect(series.map((c) => c.seriesNo)).toEqual(
      Array.from({ length: counts.get(2026)! }, (_, i) => 41 + i),
    );
    for (let i = 1; i < series.length; i++) {
      expect(series[i].issuedOn >= series[i - 1].issuedOn).toBe(true);
    }
    expect(series[0].number).toBe('41/2026/GCN-SGDĐT');
    const pending = numbered.filter((c) => c.approval === 'pending');
    expect(pending.every((c) => c.number.startsWith('pending:') && c.seriesNo === null)).toBe(true);
  });
});
