import { genderLabelVi, parseGender } from './gender';

describe('gender', () => {
  it.each([
    { value: 'Nam', expected: 'male' },
    { value: 'nữ', expected: 'female' },
    { value: 'NU', expected: 'female' },
    { value: 'Nữ', expected: 'female' }, // decomposed accents, as some keyboards type them
    { value: ' female ', expected: 'female' },
    { value: 'Khác', expected: 'other' },
    { value: 'x', expected: null },
  ])('parses "$value"', ({ value, expected }) => {
    expect(parseGender(value)).toBe(expected);
  });

  it('writes Vietnamese labels and leaves unknown values alone', () => {
    expect(genderLabelVi('female')).toBe('Nữ');
    expect(genderLabelVi(null)).toBeNull();
  });
});
