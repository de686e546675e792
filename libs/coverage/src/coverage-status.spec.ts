import { coverageStatus } from './coverage-status';

describe('coverageStatus', () => {
  it.each([
    {
      case: 'empty population',
      thresholdBp: 7000,
      population: 0,
      trained: 0,
      projected: 0,
      expected: 'no_population',
    },
    {
      case: '7 of 10 at 70 % is met',
      thresholdBp: 7000,
      population: 10,
      trained: 7,
      projected: 7,
      expected: 'met',
    },
    {
      case: 'met even when expiries lie ahead',
      thresholdBp: 7000,
      population: 10,
      trained: 7,
      projected: 2,
      expected: 'met',
    },
    {
      case: 'projection reaches exactly ⌈2.1⌉ = 3',
      thresholdBp: 7000,
      population: 3,
      trained: 1,
      projected: 3,
      expected: 'on_track',
    },
    {
      case: 'projection one short',
      thresholdBp: 7000,
      population: 3,
      trained: 1,
      projected: 2,
      expected: 'at_risk',
    },
    {
      case: 'zero pace',
      thresholdBp: 7000,
      population: 10,
      trained: 6,
      projected: 6,
      expected: 'at_risk',
    },
    {
      case: '100 %: 11 of 12, projected 12',
      thresholdBp: 10000,
      population: 12,
      trained: 11,
      projected: 12,
      expected: 'on_track',
    },
    {
      case: '100 %: 11 of 12, projected 11',
      thresholdBp: 10000,
      population: 12,
      trained: 11,
      projected: 11,
      expected: 'at_risk',
    },
    {
      case: "contract.md's example, pace short",
      thresholdBp: 7000,
      population: 1873,
      trained: 1204,
      projected: 1311,
      expected: 'at_risk',
    },
    {
      case: "contract.md's example, pace enough",
      thresholdBp: 7000,
      population: 1873,
      trained: 1204,
      projected: 1312,
      expected: 'on_track',
    },
  ])('$case → $expected', ({ thresholdBp, population, trained, projected, expected }) => {
    expect(
      coverageStatus({ thresholdBp, population, trained, projectedTrainedAtPeriodEnd: projected }),
    ).toBe(expected);
  });
});
