import { coverageFigures } from './coverage-figures';
import { projectCoverage } from './projection';

describe('coverageFigures', () => {
  it.each([
    {
      case: "contract.md's SGDDT example",
      input: {
        thresholdBp: 7000,
        population: 1873,
        trained: 1204,
        projectedTrainedAtPeriodEnd: 1250,
      },
      expected: { population: 1873, trained: 1204, coverage: 0.6428, status: 'at_risk', gap: 108 },
    },
    {
      case: "contract.md's child example",
      input: { thresholdBp: 7000, population: 12, trained: 9, projectedTrainedAtPeriodEnd: 9 },
      expected: { population: 12, trained: 9, coverage: 0.75, status: 'met', gap: 0 },
    },
    {
      case: 'a unit with no officers',
      input: { thresholdBp: 7000, population: 0, trained: 0, projectedTrainedAtPeriodEnd: 0 },
      expected: { population: 0, trained: 0, coverage: null, status: 'no_population', gap: 0 },
    },
  ])('$case', ({ input, expected }) => {
    expect(coverageFigures(input)).toEqual(expected);
  });

  it('composes with the projection: pace enough is on track', () => {
    const counts = { thresholdBp: 7000, population: 100, trained: 40 };
    const projection = projectCoverage({
      ...counts,
      trainedNow: 40,
      trainedAtWindowStart: 31,
      windowDays: 90,
      daysUntilPeriodEnd: 360,
      expiringBeforePeriodEnd: 0,
    });
    expect(
      coverageFigures({
        ...counts,
        projectedTrainedAtPeriodEnd: projection.projectedTrainedAtPeriodEnd,
      }),
    ).toEqual({ population: 100, trained: 40, coverage: 0.4, status: 'on_track', gap: 30 });
  });
});
