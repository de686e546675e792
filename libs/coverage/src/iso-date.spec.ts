import { daysBetween, isIsoDate } from './iso-date';

describe('isIsoDate', () => {
  it.each([
    { value: '2030-12-31', expected: true },
    { value: '2028-02-29', expected: true }, // leap year
    { value: '2027-02-29', expected: false }, // not a leap year
    { value: '2026-02-31', expected: false },
    { value: '2026-13-01', expected: false },
    { value: '31/12/2030', expected: false }, // files use dd/mm/yyyy; this library takes ISO only
    { value: '2030-1-1', expected: false },
    { value: '', expected: false },
  ])('$value → $expected', ({ value, expected }) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('daysBetween', () => {
  it.each([
    { case: 'same day', from: '2027-03-31', to: '2027-03-31', expected: 0 },
    { case: 'across the 2030/2031 boundary', from: '2030-12-31', to: '2031-01-01', expected: 1 },
    { case: 'a leap February', from: '2028-02-01', to: '2028-03-01', expected: 29 },
    {
      case: 'the first period, start to end',
      from: '2026-01-01',
      to: '2030-12-31',
      expected: 1825,
    },
    { case: 'backwards is negative', from: '2027-01-10', to: '2027-01-01', expected: -9 },
  ])('$case → $expected', ({ from, to, expected }) => {
    expect(daysBetween(from, to)).toBe(expected);
  });
});
