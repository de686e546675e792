import { fileDate, formulaSafe } from './spreadsheet-cell';

describe('formulaSafe', () => {
  it.each([
    { text: '=HYPERLINK("http://x","y")', expected: `'=HYPERLINK("http://x","y")` },
    { text: '+84 912', expected: "'+84 912" },
    { text: '-1+2', expected: "'-1+2" },
    { text: '@SUM(A1)', expected: "'@SUM(A1)" },
    { text: '\tcmd', expected: "'\tcmd" },
    { text: 'Nguyễn Thị Hoa', expected: 'Nguyễn Thị Hoa' },
    { text: 'a=b', expected: 'a=b' }, // only a leading trigger matters
    { text: '', expected: '' },
    { text: null, expected: '' },
  ])('$text → $expected', ({ text, expected }) => {
    expect(formulaSafe(text)).toBe(expected);
  });
});

it('writes dates dd/mm/yyyy', () => {
  expect(fileDate('2026-03-05')).toBe('05/03/2026');
  expect(fileDate(null)).toBe('');
});
