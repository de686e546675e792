import { parseFileDate, parseYesNo } from './file-values';

describe('parseFileDate', () => {
  it.each([
    { value: '15/03/2026', expected: '2026-03-15' },
    { value: '5/3/2026', expected: '2026-03-05' },
    { value: '05-03-2026', expected: '2026-03-05' },
    { value: '05.03.2026', expected: '2026-03-05' },
    { value: ' 29/02/2024 ', expected: '2024-02-29' }, // leap year, spaces around
    { value: '2026-03-15', expected: '2026-03-15' },
    { value: '2026-3-5', expected: '2026-03-05' },
    { value: '31/02/2026', expected: null }, // not a real day
    { value: '29/02/2026', expected: null }, // not a leap year
    { value: '31/04/2026', expected: null },
    { value: '00/01/2026', expected: null },
    { value: '15/13/2026', expected: null },
    { value: '2026-02-30', expected: null },
    { value: '15/03/26', expected: null }, // two-digit year is ambiguous
    { value: '03/15/2026', expected: null }, // month-first is not Vietnamese
    { value: '15/03-2026x', expected: null },
    { value: 'hôm qua', expected: null },
    { value: '', expected: null },
    { value: undefined, expected: null },
  ])('$value → $expected', ({ value, expected }) => {
    expect(parseFileDate(value)).toBe(expected);
  });
});

describe('parseYesNo', () => {
  it.each([
    { value: 'có', expected: true },
    { value: 'Có', expected: true },
    { value: 'CO', expected: true },
    { value: 'x', expected: true },
    { value: 'X', expected: true },
    { value: 'yes', expected: true },
    { value: 'Y', expected: true },
    { value: '1', expected: true },
    { value: 'TRUE', expected: true },
    { value: 'co\u0301', expected: true }, // decomposed "có"
    { value: 'không', expected: false },
    { value: 'Khong', expected: false },
    { value: 'no', expected: false },
    { value: 'N', expected: false },
    { value: '0', expected: false },
    { value: 'false', expected: false },
    { value: '', expected: false },
    { value: '  ', expected: false },
    { value: undefined, expected: false },
    { value: 'có lẽ', expected: null },
    { value: '2', expected: null },
  ])('$value → $expected', ({ value, expected }) => {
    expect(parseYesNo(value)).toBe(expected);
  });
});
