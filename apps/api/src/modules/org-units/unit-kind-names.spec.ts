import { parseUnitKind } from './unit-kind-names';

describe('parseUnitKind', () => {
  it.each([
    { value: 'lower_secondary', expected: 'lower_secondary' },
    { value: 'LOWER SECONDARY', expected: 'lower_secondary' },
    { value: 'Phòng', expected: 'division' },
    { value: 'UBND xã', expected: 'commune' },
    { value: 'ubnd phuong', expected: 'commune' },
    { value: 'Đặc khu', expected: 'commune' },
    { value: 'Trường mầm non', expected: 'preschool' },
    { value: 'Trường tiểu học', expected: 'primary' },
    { value: 'Trường THCS', expected: 'lower_secondary' },
    { value: 'truong thpt', expected: 'upper_secondary' },
    { value: 'Trường liên cấp', expected: 'multi_level' },
    { value: 'Trường TH&THCS', expected: 'multi_level' },
    { value: 'Trung tâm GDNN-GDTX', expected: 'continuing_education' },
    { value: 'Trường đại học', expected: 'university' },
    { value: 'Trường cao đẳng', expected: 'vocational' },
    { value: 'Trường trung cấp', expected: 'vocational' },
    { value: 'Đơn vị trực thuộc', expected: 'direct_unit' },
    { value: 'Trường', expected: null },
    { value: 'Bệnh viện', expected: null },
    { value: '', expected: null },
  ])('$value → $expected', ({ value, expected }) => {
    expect(parseUnitKind(value)).toBe(expected);
  });
});
