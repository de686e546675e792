import { assertIsoDate } from './iso-date';
import { assertThresholdBp } from './threshold';

/** A target's threshold from `startsOn` to `endsOn`, both days inclusive, due by `endsOn`. */
export interface TargetPeriodLike {
  startsOn: string;
  endsOn: string;
  thresholdBp: number;
}

/**
 * The period whose days include `date`, or null when none does. Both ends are inclusive, so
 * with CBTT's periods 31/12/2030 belongs to the first (70 %) and 01/01/2031 to the second
 * (100 %). Should the data ever hold overlapping periods, the one that started last wins.
 * ISO dates compare correctly as strings.
 */
export function periodInForce<P extends TargetPeriodLike>(
  periods: readonly P[],
  date: string,
): P | null {
  assertIsoDate('date', date);
  let found: P | null = null;
  for (const period of periods) {
    assertIsoDate('startsOn', period.startsOn);
    assertIsoDate('endsOn', period.endsOn);
    assertThresholdBp(period.thresholdBp);
    const contains = period.startsOn <= date && date <= period.endsOn;
    if (contains && (!found || period.startsOn > found.startsOn)) found = period;
  }
  return found;
}
