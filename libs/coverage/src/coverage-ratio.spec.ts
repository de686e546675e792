import { coverageRatio, roundedCoverageRatio } from './coverage-ratio';

describe('coverageRatio', () => {
  it.each([
    { population: 10, trained: 7, expected: 0.7 },
    { population: 3, trained: 0, expected: 0 },
    { population: 4, trained: 4, expected: 1 },
    { population: 0, trained: 0, expected: null }, // no officers: no coverage, not 0%, not 100%
  ])('coverage $trained/$population', ({ population, trained, expected }) => {
    expect(coverageRatio({ population, trained })).toBe(expected);
  });

  it.each([
    { case: 'negative population', population: -1, trained: 0 },
    { case: 'fractional trained', population: 10, trained: 2.5 },
    { case: 'more trained than the population', population: 3, trained: 4 },
    { case: 'not a number', population: Number.NaN, trained: 0 },
  ])('refuses $case', ({ population, trained }) => {
    expect(() => coverageRatio({ population, trained })).toThrow(RangeError);
  });
});

describe('roundedCoverageRatio', () => {
  it.each([
    { case: "contract.md's example", population: 1873, trained: 1204, expected: 0.6428 },
    { case: 'exact tenths', population: 10, trained: 7, expected: 0.7 },
    { case: 'two thirds rounds up', population: 3, trained: 2, expected: 0.6667 },
    { case: 'one third rounds down', population: 3, trained: 1, expected: 0.3333 },
    { case: 'a half at the 5th decimal rounds up', population: 32, trained: 1, expected: 0.0313 },
    {
      case: 'float drift: 3/20000 × 10⁴ is 1.4999…',
      population: 20000,
      trained: 3,
      expected: 0.0002,
    },
    { case: 'just below the next step', population: 20000, trained: 1, expected: 0.0001 },
    { case: 'tiny share rounds to 0', population: 30000, trained: 1, expected: 0 },
    { case: 'all trained', population: 1873, trained: 1873, expected: 1 },
    { case: 'nobody trained', population: 1873, trained: 0, expected: 0 },
    { case: 'empty population', population: 0, trained: 0, expected: null },
  ])('$case: $trained/$population → $expected', ({ population, trained, expected }) => {
    expect(roundedCoverageRatio({ population, trained })).toBe(expected);
  });

  it.each([
    { decimals: 0, expected: 1 },
    { decimals: 2, expected: 0.67 },
    { decimals: 6, expected: 0.666667 },
  ])('2/3 to $decimals decimals is $expected', ({ decimals, expected }) => {
    expect(roundedCoverageRatio({ population: 3, trained: 2 }, decimals)).toBe(expected);
  });

  it.each([{ decimals: -1 }, { decimals: 1.5 }, { decimals: 9 }])(
    'refuses $decimals decimals',
    ({ decimals }) => {
      expect(() => roundedCoverageRatio({ population: 3, trained: 2 }, decimals)).toThrow(
        RangeError,
      );
    },
  );
});
