import { paceFromSamples, projectCoverage } from './projection';

const base = {
  thresholdBp: 7000,
  population: 100,
  windowDays: 90,
  daysUntilPeriodEnd: 360,
  expiringBeforePeriodEnd: 0,
};

describe('projectCoverage', () => {
  it.each([
    {
      case: 'zero pace keeps today’s count',
      input: { ...base, trainedNow: 40, trainedAtWindowStart: 40 },
      expected: {
        projectedTrainedAtPeriodEnd: 40,
        requiredTrained: 70,
        additionalNeeded: 30,
        requiredPerMonth: 3,
      },
    },
    {
      case: 'zero pace and expiries lose people',
      input: { ...base, trainedNow: 40, trainedAtWindowStart: 40, expiringBeforePeriodEnd: 15 },
      expected: {
        projectedTrainedAtPeriodEnd: 25,
        requiredTrained: 70,
        additionalNeeded: 45,
        requiredPerMonth: 4,
      },
    },
    {
      case: 'expiries outpace training',
      // +4 in 90 days → +16 in 360 days; 30 certificates expire before the end
      input: { ...base, trainedNow: 60, trainedAtWindowStart: 56, expiringBeforePeriodEnd: 30 },
      expected: {
        projectedTrainedAtPeriodEnd: 46,
        requiredTrained: 70,
        additionalNeeded: 40,
        requiredPerMonth: 4,
      },
    },
    {
      case: 'pace enough',
      // +9 in 90 days → +36 in 360 days
      input: { ...base, trainedNow: 40, trainedAtWindowStart: 31 },
      expected: {
        projectedTrainedAtPeriodEnd: 76,
        requiredTrained: 70,
        additionalNeeded: 30,
        requiredPerMonth: 3,
      },
    },
    {
      case: 'pace falls short by a fraction: whole people only',
      // +7 in 90 days → 360 × 7 / 90 = 28 exactly; 91 days' window → ⌊27.69⌋ = 27
      input: { ...base, windowDays: 91, trainedNow: 42, trainedAtWindowStart: 35 },
      expected: {
        projectedTrainedAtPeriodEnd: 69,
        requiredTrained: 70,
        additionalNeeded: 28,
        requiredPerMonth: 3,
      },
    },
    {
      case: 'a falling count is no pace, not a negative one',
      input: { ...base, trainedNow: 40, trainedAtWindowStart: 55 },
      expected: {
        projectedTrainedAtPeriodEnd: 40,
        requiredTrained: 70,
        additionalNeeded: 30,
        requiredPerMonth: 3,
      },
    },
    {
      case: 'never above the population',
      input: { ...base, trainedNow: 90, trainedAtWindowStart: 50 },
      expected: {
        projectedTrainedAtPeriodEnd: 100,
        requiredTrained: 70,
        additionalNeeded: 0,
        requiredPerMonth: 0,
      },
    },
    {
      case: 'never below 0: every certificate expires',
      input: { ...base, trainedNow: 20, trainedAtWindowStart: 20, expiringBeforePeriodEnd: 20 },
      expected: {
        projectedTrainedAtPeriodEnd: 0,
        requiredTrained: 70,
        additionalNeeded: 70,
        requiredPerMonth: 6,
      },
    },
    {
      case: 'the last day of the period: all still needed, now',
      input: { ...base, daysUntilPeriodEnd: 0, trainedNow: 60, trainedAtWindowStart: 50 },
      expected: {
        projectedTrainedAtPeriodEnd: 60,
        requiredTrained: 70,
        additionalNeeded: 10,
        requiredPerMonth: 10,
      },
    },
    {
      case: 'less than a month left: per month is capped at what is needed',
      input: { ...base, daysUntilPeriodEnd: 10, trainedNow: 60, trainedAtWindowStart: 60 },
      expected: {
        projectedTrainedAtPeriodEnd: 60,
        requiredTrained: 70,
        additionalNeeded: 10,
        requiredPerMonth: 10,
      },
    },
    {
      case: '100 % target, the 2031–2035 period',
      input: {
        ...base,
        thresholdBp: 10000,
        daysUntilPeriodEnd: 1825,
        trainedNow: 70,
        trainedAtWindowStart: 70,
        expiringBeforePeriodEnd: 70,
      },
      // 100 people over 1825 days = 59.96 months → ⌈1.668⌉ = 2 a month
      expected: {
        projectedTrainedAtPeriodEnd: 0,
        requiredTrained: 100,
        additionalNeeded: 100,
        requiredPerMonth: 2,
      },
    },
    {
      case: 'empty population',
      input: { ...base, population: 0, trainedNow: 0, trainedAtWindowStart: 0 },
      expected: {
        projectedTrainedAtPeriodEnd: 0,
        requiredTrained: 0,
        additionalNeeded: 0,
        requiredPerMonth: 0,
      },
    },
  ])('$case', ({ input, expected }) => {
    expect(projectCoverage(input)).toEqual(expected);
  });

  it.each([
    {
      case: 'a zero-day window',
      input: { ...base, windowDays: 0, trainedNow: 1, trainedAtWindowStart: 0 },
    },
    {
      case: 'a period already over',
      input: { ...base, daysUntilPeriodEnd: -1, trainedNow: 1, trainedAtWindowStart: 0 },
    },
    {
      case: 'more expiring than trained',
      input: { ...base, trainedNow: 5, trainedAtWindowStart: 5, expiringBeforePeriodEnd: 6 },
    },
    {
      case: 'more trained than the population',
      input: { ...base, trainedNow: 101, trainedAtWindowStart: 5 },
    },
  ])('refuses $case', ({ input }) => {
    expect(() => projectCoverage(input)).toThrow(RangeError);
  });
});

describe('paceFromSamples', () => {
  it.each([
    {
      case: 'month-end samples out of order',
      samples: [
        { on: '2027-03-31', trained: 48 },
        { on: '2026-12-31', trained: 30 },
        { on: '2027-01-31', trained: 36 },
      ],
      expected: { trainedAtWindowStart: 30, trainedNow: 48, windowDays: 90 },
    },
    {
      case: 'two samples a day apart',
      samples: [
        { on: '2030-12-31', trained: 7 },
        { on: '2031-01-01', trained: 8 },
      ],
      expected: { trainedAtWindowStart: 7, trainedNow: 8, windowDays: 1 },
    },
  ])('$case', ({ samples, expected }) => {
    expect(paceFromSamples(samples)).toEqual(expected);
  });

  it.each([
    { case: 'one sample', samples: [{ on: '2027-01-01', trained: 3 }] },
    {
      case: 'samples on one day',
      samples: [
        { on: '2027-01-01', trained: 3 },
        { on: '2027-01-01', trained: 4 },
      ],
    },
    {
      case: 'a bad date',
      samples: [
        { on: '01/01/2027', trained: 3 },
        { on: '2027-02-01', trained: 4 },
      ],
    },
  ])('refuses $case', ({ samples }) => {
    expect(() => paceFromSamples(samples)).toThrow(RangeError);
  });
});
