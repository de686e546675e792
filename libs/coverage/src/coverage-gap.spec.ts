import { coverageGap, meetsThreshold, requiredTrained } from './coverage-gap';

describe('requiredTrained', () => {
  it.each([
    { case: '70 % of 10 is exactly 7', thresholdBp: 7000, population: 10, expected: 7 },
    { case: '70 % of 3 is 2.1, so 3', thresholdBp: 7000, population: 3, expected: 3 },
    { case: '70 % of 1873 is 1311.1', thresholdBp: 7000, population: 1873, expected: 1312 },
    { case: '100 % of 12', thresholdBp: 10000, population: 12, expected: 12 },
    { case: '0 % needs nobody', thresholdBp: 0, population: 50, expected: 0 },
    { case: 'empty population', thresholdBp: 7000, population: 0, expected: 0 },
    { case: '0.01 % of 1 rounds up to 1', thresholdBp: 1, population: 1, expected: 1 },
    {
      case: 'large population stays exact',
      thresholdBp: 7001,
      population: 900_000_000_001,
      expected: 630_090_000_001,
    },
  ])('$case → $expected', ({ thresholdBp, population, expected }) => {
    expect(requiredTrained(thresholdBp, population)).toBe(expected);
  });

  it.each([
    { case: 'a threshold above 100 %', thresholdBp: 10001, population: 10 },
    { case: 'a negative threshold', thresholdBp: -1, population: 10 },
    { case: 'a fractional threshold', thresholdBp: 70.5, population: 10 },
    { case: 'a product beyond exact integers', thresholdBp: 10000, population: 2 ** 50 },
  ])('refuses $case', ({ thresholdBp, population }) => {
    expect(() => requiredTrained(thresholdBp, population)).toThrow(RangeError);
  });
});

describe('coverageGap', () => {
  it.each([
    { case: '7 of 10 at 70 % is met', thresholdBp: 7000, population: 10, trained: 7, expected: 0 },
    { case: '6 of 10 at 70 %', thresholdBp: 7000, population: 10, trained: 6, expected: 1 },
    {
      case: '1 of 3 at 70 %: ⌈2.1⌉ − 1',
      thresholdBp: 7000,
      population: 3,
      trained: 1,
      expected: 2,
    },
    {
      case: '2 of 3 at 70 % is not enough',
      thresholdBp: 7000,
      population: 3,
      trained: 2,
      expected: 1,
    },
    {
      case: 'above the threshold never goes negative',
      thresholdBp: 7000,
      population: 10,
      trained: 10,
      expected: 0,
    },
    {
      case: "contract.md's example",
      thresholdBp: 7000,
      population: 1873,
      trained: 1204,
      expected: 108,
    },
    { case: '100 %: 11 of 12', thresholdBp: 10000, population: 12, trained: 11, expected: 1 },
    { case: '100 %: all of 12', thresholdBp: 10000, population: 12, trained: 12, expected: 0 },
    { case: '100 %: nobody of 12', thresholdBp: 10000, population: 12, trained: 0, expected: 12 },
    { case: 'empty population', thresholdBp: 7000, population: 0, trained: 0, expected: 0 },
  ])('$case → $expected', ({ thresholdBp, population, trained, expected }) => {
    expect(coverageGap(thresholdBp, { population, trained })).toBe(expected);
  });
});

describe('meetsThreshold', () => {
  it.each([
    { case: '7 of 10 at 70 %', thresholdBp: 7000, population: 10, trained: 7, expected: true },
    { case: '6 of 10 at 70 %', thresholdBp: 7000, population: 10, trained: 6, expected: false },
    {
      case: '2 of 3 at 70 % (66.7 %)',
      thresholdBp: 7000,
      population: 3,
      trained: 2,
      expected: false,
    },
    { case: '3 of 3 at 70 %', thresholdBp: 7000, population: 3, trained: 3, expected: true },
    { case: '7 of 10 at 70.01 %', thresholdBp: 7001, population: 10, trained: 7, expected: false },
    { case: '100 %: 11 of 12', thresholdBp: 10000, population: 12, trained: 11, expected: false },
    { case: '100 %: 12 of 12', thresholdBp: 10000, population: 12, trained: 12, expected: true },
    { case: '0 %: nobody trained', thresholdBp: 0, population: 5, trained: 0, expected: true },
    {
      case: 'empty population has no coverage',
      thresholdBp: 7000,
      population: 0,
      trained: 0,
      expected: false,
    },
  ])('$case → $expected', ({ thresholdBp, population, trained, expected }) => {
    expect(meetsThreshold(thresholdBp, { population, trained })).toBe(expected);
  });
});
