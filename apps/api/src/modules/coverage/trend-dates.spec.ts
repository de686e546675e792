import { monthEnd, trendDates } from './trend-dates';

describe('trendDates', () => {
  it.each([
    {
      from: '2026-01-01',
      to: '2026-04-15',
      expected: ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-15'],
    },
    { from: '2026-01-01', to: '2026-03-31', expected: ['2026-01-31', '2026-02-28', '2026-03-31'] }, // to is a month end: once
    { from: '2026-03-10', to: '2026-03-20', expected: ['2026-03-20'] }, // within one month
    { from: '2026-05-05', to: '2026-05-05', expected: ['2026-05-05'] }, // one day
    {
      from: '2027-12-31',
      to: '2028-03-01',
      expected: ['2027-12-31', '2028-01-31', '2028-02-29', '2028-03-01'],
    }, // leap year
  ])('$from → $to', ({ from, to, expected }) => {
    expect(trendDates(from, to)).toEqual(expected);
  });

  it.each([
    { day: '2026-02-10', expected: '2026-02-28' },
    { day: '2028-02-01', expected: '2028-02-29' },
    { day: '2030-12-31', expected: '2030-12-31' },
  ])('the month of $day ends on $expected', ({ day, expected }) => {
    expect(monthEnd(day)).toBe(expected);
  });
});
