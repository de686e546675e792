import { ceilDiv, floorDiv, roundDiv } from './integer-math';

describe('integer division', () => {
  it.each([
    { case: 'exact', numerator: 70000, denominator: 10000, floor: 7, ceil: 7, round: 7 },
    { case: 'a tenth over', numerator: 21000, denominator: 10000, floor: 2, ceil: 3, round: 2 },
    { case: 'a half rounds up', numerator: 5, denominator: 2, floor: 2, ceil: 3, round: 3 },
    { case: 'zero', numerator: 0, denominator: 7, floor: 0, ceil: 0, round: 0 },
    {
      case: 'large, still exact',
      numerator: 4_000_000_000_009_999,
      denominator: 10000,
      floor: 400_000_000_000,
      ceil: 400_000_000_001,
      round: 400_000_000_001,
    },
  ])('$case', ({ numerator, denominator, floor, ceil, round }) => {
    expect(floorDiv(numerator, denominator)).toBe(floor);
    expect(ceilDiv(numerator, denominator)).toBe(ceil);
    expect(roundDiv(numerator, denominator)).toBe(round);
  });

  it.each([
    { case: 'a zero denominator', numerator: 1, denominator: 0 },
    { case: 'a negative numerator', numerator: -1, denominator: 3 },
    { case: 'an unsafe numerator', numerator: 2 ** 53, denominator: 3 },
  ])('refuses $case', ({ numerator, denominator }) => {
    expect(() => floorDiv(numerator, denominator)).toThrow(RangeError);
  });
});
