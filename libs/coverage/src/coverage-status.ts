import { requiredTrained, meetsThreshold } from './coverage-gap';
import type { Counts } from './coverage-ratio';
import { assertCounts } from './coverage-ratio';
import { assertCount } from './integer-math';

/** The four answers of contract.md: one of them for every unit, target and date. */
export type CoverageStatus = 'met' | 'on_track' | 'at_risk' | 'no_population';

export interface CoverageStatusInput extends Counts {
  thresholdBp: number;
  /** From projectCoverage: the trained count expected on the period's last day. */
  projectedTrainedAtPeriodEnd: number;
}

/**
 * no_population where nobody is to be trained; met where trained / population reaches the
 * threshold today; otherwise on_track when the projection reaches ⌈threshold × population⌉ by
 * the end of the period, at_risk when it does not.
 */
export function coverageStatus(input: CoverageStatusInput): CoverageStatus {
  assertCounts(input);
  assertCount('projectedTrainedAtPeriodEnd', input.projectedTrainedAtPeriodEnd);
  if (input.population === 0) return 'no_population';
  if (meetsThreshold(input.thresholdBp, input)) return 'met';
  return input.projectedTrainedAtPeriodEnd >= requiredTrained(input.thresholdBp, input.population)
    ? 'on_track'
    : 'at_risk';
}
