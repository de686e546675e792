import { coverageRatio } from './coverage-ratio';

describe('coverageRatio', () => {
  it.each([
    { population: 10, trained: 7, expected: 0.7 },
    { population: 3, trained: 0, expected: 0 },
    { population: 0, trained: 0, expected: null }, // no officers: no coverage, not 0%, not 100%
  ])('coverage $trained/$population', ({ population, trained, expected }) => {
    expect(coverageRatio({ population, trained })).toBe(expected);
  });
});
