import { periodInForce } from './period-in-force';

const cbtt = [
  { startsOn: '2026-01-01', endsOn: '2030-12-31', thresholdBp: 7000 },
  { startsOn: '2031-01-01', endsOn: '2035-12-31', thresholdBp: 10000 },
];

describe('periodInForce', () => {
  it.each([
    { case: 'before the first period', date: '2025-12-31', expected: null },
    { case: 'first day of the first period', date: '2026-01-01', expected: 7000 },
    { case: 'inside the first period', date: '2027-03-31', expected: 7000 },
    { case: 'leap day inside the first period', date: '2028-02-29', expected: 7000 },
    { case: '31/12/2030 still belongs to the 70 % period', date: '2030-12-31', expected: 7000 },
    { case: '01/01/2031 starts the 100 % period', date: '2031-01-01', expected: 10000 },
    { case: 'last day of the second period', date: '2035-12-31', expected: 10000 },
    { case: 'after the last period', date: '2036-01-01', expected: null },
  ])('$case ($date) → $expected', ({ date, expected }) => {
    expect(periodInForce(cbtt, date)?.thresholdBp ?? null).toBe(expected);
  });

  it.each([
    { case: 'no periods at all', periods: [], date: '2027-01-01', expected: null },
    {
      case: 'a one-day period on its day',
      periods: [{ startsOn: '2027-06-14', endsOn: '2027-06-14', thresholdBp: 5000 }],
      date: '2027-06-14',
      expected: 5000,
    },
    {
      case: 'a gap between periods',
      periods: [
        { startsOn: '2026-01-01', endsOn: '2026-06-30', thresholdBp: 5000 },
        { startsOn: '2026-08-01', endsOn: '2026-12-31', thresholdBp: 6000 },
      ],
      date: '2026-07-15',
      expected: null,
    },
    {
      case: 'overlapping periods: the later start wins',
      periods: [
        { startsOn: '2026-01-01', endsOn: '2030-12-31', thresholdBp: 7000 },
        { startsOn: '2028-01-01', endsOn: '2028-12-31', thresholdBp: 8000 },
      ],
      date: '2028-05-01',
      expected: 8000,
    },
    {
      case: 'periods given out of order',
      periods: [...cbtt].reverse(),
      date: '2030-12-31',
      expected: 7000,
    },
  ])('$case → $expected', ({ periods, date, expected }) => {
    expect(periodInForce(periods, date)?.thresholdBp ?? null).toBe(expected);
  });

  it('returns the caller’s own period object, with its extra fields', () => {
    const periods = cbtt.map((p, i) => ({ ...p, id: `period-${i}` }));
    expect(periodInForce(periods, '2031-01-01')).toBe(periods[1]);
  });

  it.each([
    { case: 'a Vietnamese-format date', periods: cbtt, date: '31/12/2030' },
    { case: 'an impossible date', periods: cbtt, date: '2030-02-31' },
    {
      case: 'a period with a bad end',
      periods: [{ startsOn: '2026-01-01', endsOn: '2030-13-01', thresholdBp: 7000 }],
      date: '2027-01-01',
    },
    {
      case: 'a period with a threshold above 100 %',
      periods: [{ startsOn: '2026-01-01', endsOn: '2030-12-31', thresholdBp: 12000 }],
      date: '2027-01-01',
    },
  ])('refuses $case', ({ periods, date }) => {
    expect(() => periodInForce(periods, date)).toThrow(RangeError);
  });
});
