import { requiredTrained } from './coverage-gap';
import { assertCounts } from './coverage-ratio';
import { assertCount, ceilDiv, exactProduct, floorDiv } from './integer-math';
import { daysBetween } from './iso-date';

/** The trained count at the start and at the end of a recent window of days. */
export interface RecentPace {
  trainedAtWindowStart: number;
  trainedNow: number;
  /** Length of the window in days (e.g. 90 for the last three months); at least 1. */
  windowDays: number;
}

export interface ProjectionInput extends RecentPace {
  thresholdBp: number;
  population: number;
  /** Days from the date of the figures to the last day of the period in force; 0 on that day. */
  daysUntilPeriodEnd: number;
  /**
   * Of the `trainedNow` people, those whose certificate's last valid day falls before the
   * period's last day (a certificate expiring on the last day still counts then).
   */
  expiringBeforePeriodEnd: number;
}

export interface Projection {
  /** Those trained now whose certificates outlive the period, plus the recent pace continued. */
  projectedTrainedAtPeriodEnd: number;
  /** ⌈threshold × population⌉: the trained count the period asks for. */
  requiredTrained: number;
  /** People still to train (or renew) before the period ends, beyond those who stay valid. */
  additionalNeeded: number;
  /** additionalNeeded spread over the months left, rounded up; all of it when under a month. */
  requiredPerMonth: number;
}

/** An average Gregorian month, 365.25 / 12 = 30.4375 days, as the fraction 1461 / 48. */
const DAYS_PER_MONTH_NUMERATOR = 1461;
const DAYS_PER_MONTH_DENOMINATOR = 48;

/**
 * A deliberately simple, linear outlook, in whole people:
 *
 * 1. pace = max(0, trainedNow − trainedAtWindowStart) / windowDays — the net number of people
 *    newly trained per day lately; a fall counts as no pace, because the falls ahead are
 *    counted exactly by step 2;
 * 2. retained = trainedNow − expiringBeforePeriodEnd — those still valid on the period's last day;
 * 3. projected = retained + ⌊pace × daysUntilPeriodEnd⌋, never above the population.
 *
 * It assumes the population stays the size it is today and that people newly trained are not
 * among those whose certificates expire.
 */
export function projectCoverage(input: ProjectionInput): Projection {
  const { population, trainedNow, trainedAtWindowStart, windowDays } = input;
  const { daysUntilPeriodEnd: days, expiringBeforePeriodEnd: expiring } = input;
  assertCounts({ population, trained: trainedNow });
  assertCount('trainedAtWindowStart', trainedAtWindowStart);
  assertCount('daysUntilPeriodEnd', days);
  assertCount('expiringBeforePeriodEnd', expiring);
  if (!Number.isSafeInteger(windowDays) || windowDays < 1) {
    throw new RangeError(`windowDays must be a positive integer, got ${windowDays}`);
  }
  if (expiring > trainedNow) {
    throw new RangeError(
      `expiringBeforePeriodEnd (${expiring}) exceeds trainedNow (${trainedNow})`,
    );
  }

  const retained = trainedNow - expiring;
  const recentGain = Math.max(0, trainedNow - trainedAtWindowStart);
  const growth = floorDiv(exactProduct(recentGain, days), windowDays);
  const required = requiredTrained(input.thresholdBp, population);
  const additionalNeeded = Math.max(0, required - retained);
  return {
    projectedTrainedAtPeriodEnd: Math.min(population, retained + growth),
    requiredTrained: required,
    additionalNeeded,
    requiredPerMonth: perMonth(additionalNeeded, days),
  };
}

function perMonth(needed: number, days: number): number {
  if (needed === 0) return 0;
  if (days === 0) return needed;
  const spread = ceilDiv(
    exactProduct(needed, DAYS_PER_MONTH_NUMERATOR),
    exactProduct(days, DAYS_PER_MONTH_DENOMINATOR),
  );
  return Math.min(needed, spread);
}

/** A trained count observed on a date (for instance at each month's end). */
export interface TrainedSample {
  on: string;
  trained: number;
}

/** The recent pace from dated samples: the earliest and the latest of them span the window. */
export function paceFromSamples(samples: readonly TrainedSample[]): RecentPace {
  if (samples.length < 2) throw new RangeError('at least two samples are needed for a pace');
  const sorted = [...samples].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const windowDays = daysBetween(first.on, last.on);
  if (windowDays < 1) throw new RangeError('the samples must span at least one day');
  assertCount('trained', first.trained);
  assertCount('trained', last.trained);
  return { trainedAtWindowStart: first.trained, trainedNow: last.trained, windowDays };
}
