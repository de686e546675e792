import { ColumnSpec, matchColumn, normalizeHeader } from './header-match';

const columns: ColumnSpec<'code' | 'parent_code' | 'date_of_birth'>[] = [
  { key: 'code', aliases: ['Mã đơn vị'], required: true },
  { key: 'parent_code', aliases: ['Mã đơn vị cấp trên'], required: true },
  { key: 'date_of_birth', aliases: ['Ngày sinh'], required: false },
];

describe('normalizeHeader', () => {
  it.each([
    { header: 'Mã đơn vị', expected: 'ma don vi' },
    { header: '  MÃ ĐƠN VỊ  ', expected: 'ma don vi' },
    { header: 'MA_DON_VI', expected: 'ma don vi' },
    { header: 'ma  don\tvi', expected: 'ma don vi' },
    { header: 'Ma\u0300 đơn vị', expected: 'ma don vi' }, // decomposed accents (NFD input)
    { header: 'parent_code', expected: 'parent code' },
    { header: '', expected: '' },
  ])('$header → $expected', ({ header, expected }) => {
    expect(normalizeHeader(header)).toBe(expected);
  });
});

describe('matchColumn', () => {
  it.each([
    { header: 'Mã đơn vị', expected: 'code' },
    { header: 'ma don vi', expected: 'code' },
    { header: 'MA_DON_VI', expected: 'code' },
    { header: 'code', expected: 'code' },
    { header: 'CODE ', expected: 'code' },
    { header: 'Mã đơn vị cấp trên', expected: 'parent_code' },
    { header: 'parent code', expected: 'parent_code' },
    { header: 'PARENT_CODE', expected: 'parent_code' },
    { header: 'ngay sinh', expected: 'date_of_birth' },
    { header: 'Date of birth', expected: 'date_of_birth' }, // the key with spaces for '_'
    { header: 'Mã đơn', expected: undefined }, // a prefix is not a match
    { header: 'Ghi chú', expected: undefined },
    { header: '   ', expected: undefined },
  ])('$header → $expected', ({ header, expected }) => {
    expect(matchColumn(header, columns)?.key).toBe(expected);
  });
});
