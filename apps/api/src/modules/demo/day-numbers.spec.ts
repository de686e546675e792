import { addDays } from '../../common/dates';
import { addDaysFast, dayNumberToIso, isoToDayNumber } from './day-numbers';

describe('day numbers', () => {
  it.each([
    { iso: '1970-01-01', day: 0 },
    { iso: '1969-12-31', day: -1 },
    { iso: '2000-02-29', day: 11016 }, // a leap day of a century divisible by 400
    { iso: '2024-02-29', day: 19782 },
    { iso: '2026-11-23', day: 20780 },
  ])('$iso is day $day', ({ iso, day }) => {
    expect(isoToDayNumber(iso)).toBe(day);
    expect(dayNumberToIso(day)).toBe(iso);
  });

  it('agrees with Date arithmetic on every day from 1960 to 2040', () => {
    const mismatches: string[] = [];
    for (let day = isoToDayNumber('1960-01-01'); day <= isoToDayNumber('2040-12-31'); day++) {
      const viaDate = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (dayNumberToIso(day) !== viaDate || isoToDayNumber(viaDate) !== day)
        mismatches.push(viaDate);
    }
    expect(mismatches).toEqual([]);
  });

  it.each([
    { iso: '2025-12-31', days: 1, expected: '2026-01-01' },
    { iso: '2028-02-28', days: 1, expected: '2028-02-29' },
    { iso: '2026-03-01', days: -1, expected: '2026-02-28' },
  ])('$iso + $days = $expected, as common/dates says', ({ iso, days, expected }) => {
    expect(addDaysFast(iso, days)).toBe(expected);
    expect(addDays(iso, days)).toBe(expected);
  });
});
