import {
  anniversary,
  isInRenewalWindow,
  lastValidDay,
  renewedLastValidDay,
} from './certificate-dates';

describe('lastValidDay', () => {
  it.each([
    { startsOn: '2026-03-15', months: 24, expected: '2028-03-14' }, // domain.md's example
    { startsOn: '2026-01-01', months: 12, expected: '2026-12-31' },
    { startsOn: '2026-01-31', months: 1, expected: '2026-02-28' }, // 31/02 does not exist: through 28/02
    { startsOn: '2028-01-31', months: 1, expected: '2028-02-29' }, // leap year
    { startsOn: '2026-01-30', months: 1, expected: '2026-02-28' },
    { startsOn: '2024-02-29', months: 24, expected: '2026-02-28' }, // 29/02 anniversary in a common year
    { startsOn: '2024-02-29', months: 48, expected: '2028-02-28' },
    { startsOn: '2026-03-31', months: 1, expected: '2026-04-30' },
    { startsOn: '2026-12-31', months: 2, expected: '2027-02-28' },
    { startsOn: '2026-05-01', months: 1, expected: '2026-05-31' },
    { startsOn: '2026-03-15', months: null, expected: null }, // no validity: never expires
  ])('$startsOn + $months months → $expected', ({ startsOn, months, expected }) => {
    expect(lastValidDay(startsOn, months)).toBe(expected);
  });
});

describe('anniversary', () => {
  it.each([
    { iso: '2028-03-14', months: -3, expected: '2027-12-14' },
    { iso: '2028-05-31', months: -3, expected: '2028-03-01' }, // 31/02 does not exist → 1st of March
    { iso: '2026-03-15', months: 0, expected: '2026-03-15' },
  ])('$iso $months → $expected', ({ iso, months, expected }) => {
    expect(anniversary(iso, months)).toBe(expected);
  });
});

describe('renewedLastValidDay', () => {
  it.each([
    { old: '2028-03-14', months: 24, expected: '2030-03-14' },
    { old: '2026-02-28', months: 12, expected: '2027-02-28' },
    { old: '2027-12-31', months: 24, expected: '2029-12-31' },
  ])('old expiry $old + $months months → $expected', ({ old, months, expected }) => {
    expect(renewedLastValidDay(old, months)).toBe(expected);
  });
});

describe('isInRenewalWindow (3-month window, expiry 14/03/2028)', () => {
  it.each([
    { completedOn: '2027-12-13', expected: false }, // a day before the window opens
    { completedOn: '2027-12-14', expected: true }, // the window opens
    { completedOn: '2028-03-14', expected: true }, // the last valid day
    { completedOn: '2028-03-15', expected: false }, // lapsed: a new validity of its own
  ])('$completedOn → $expected', ({ completedOn, expected }) => {
    expect(isInRenewalWindow(completedOn, '2028-03-14', 3)).toBe(expected);
  });
});
