import type { Counts } from './coverage-ratio';
import { assertCounts } from './coverage-ratio';
import { assertCount, ceilDiv, exactProduct } from './integer-math';
import { FULL_BASIS_POINTS, assertThresholdBp } from './threshold';

/**
 * The fewest trained people that meet the threshold: ⌈threshold × population⌉, computed as
 * ⌊(bp × population + 9999) / 10 000⌋. 70 % of 3 officers is 2.1, so 3 people are needed.
 */
export function requiredTrained(thresholdBp: number, population: number): number {
  assertThresholdBp(thresholdBp);
  assertCount('population', population);
  return ceilDiv(exactProduct(thresholdBp, population), FULL_BASIS_POINTS);
}

/** How many more people must be trained to meet the threshold: never below 0. */
export function coverageGap(thresholdBp: number, counts: Counts): number {
  assertCounts(counts);
  return Math.max(0, requiredTrained(thresholdBp, counts.population) - counts.trained);
}

/**
 * trained / population ≥ threshold, decided as trained × 10 000 ≥ bp × population with no
 * fractions: 7 of 10 meets 70 %. An empty population meets nothing: it has no coverage.
 */
export function meetsThreshold(thresholdBp: number, counts: Counts): boolean {
  assertThresholdBp(thresholdBp);
  assertCounts(counts);
  if (counts.population === 0) return false;
  return (
    exactProduct(counts.trained, FULL_BASIS_POINTS) >= exactProduct(thresholdBp, counts.population)
  );
}
