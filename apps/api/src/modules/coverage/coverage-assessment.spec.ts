import { assessCoverage } from './coverage-assessment';

const period = { startsOn: '2026-01-01', endsOn: '2030-12-31', thresholdBp: 7000 };
const asOf = '2030-10-02'; // 90 days before the period's last day
const windowStart = '2030-07-04'; // 90 days before asOf

describe('assessCoverage', () => {
  it.each([
    {
      name: '7 of 10 at 70 % is met with a gap of 0',
      now: { population: 10, trained: 7, retained: 7 },
      past: 7,
      status: 'met',
      gap: 0,
      projected: 7,
    },
    {
      name: 'an empty population has no coverage',
      now: { population: 0, trained: 0, retained: 0 },
      past: 0,
      status: 'no_population',
      gap: 0,
      projected: 0,
    },
    {
      name: '6 of 10 gaining 2 in 90 days reaches 7 by the end: on track',
      now: { population: 10, trained: 6, retained: 6 },
      past: 4,
      status: 'on_track',
      gap: 1,
      projected: 8,
    },
    {
      name: '6 of 10 with no recent pace stays below: at risk',
      now: { population: 10, trained: 6, retained: 6 },
      past: 6,
      status: 'at_risk',
      gap: 1,
      projected: 6,
    },
    {
      name: 'the pace is offset by certificates expiring before the end: at risk',
      now: { population: 10, trained: 6, retained: 4 },
      past: 4,
      status: 'at_risk',
      gap: 1,
      projected: 6,
    },
    {
      name: 'the projection never exceeds the population',
      now: { population: 10, trained: 6, retained: 6 },
      past: 0,
      status: 'on_track',
      gap: 1,
      projected: 10,
    },
  ])('$name', ({ now, past, status, gap, projected }) => {
    const { figures, outlook } = assessCoverage({
      asOf,
      windowStart,
      period,
      now,
      trainedAtWindowStart: past,
    });
    expect(figures.status).toBe(status);
    expect(figures.gap).toBe(gap);
    expect(outlook.projectedTrained).toBe(projected);
    expect(outlook.expiringBeforePeriodEnd).toBe(now.trained - now.retained);
  });

  it('reports the people needed per month until the period ends', () => {
    const { outlook } = assessCoverage({
      asOf,
      windowStart,
      period,
      now: { population: 100, trained: 40, retained: 40 },
      trainedAtWindowStart: 40,
    });
    expect(outlook.requiredTrained).toBe(70);
    expect(outlook.additionalNeeded).toBe(30);
    expect(outlook.requiredPerMonth).toBe(11); // 30 over 90 days ≈ 2.96 months
    expect(outlook.projectedCoverage).toBe(0.4);
  });
});
