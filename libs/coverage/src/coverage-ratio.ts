import { assertCount, roundDiv } from './integer-math';

export interface Counts {
  /** Distinct persons in the target's population at the unit and below it, on the date. */
  population: number;
  /** Those of them holding a valid certification of the target's programme on the date. */
  trained: number;
}

/** Throws unless both counts are whole numbers and nobody is trained outside the population. */
export function assertCounts({ population, trained }: Counts): void {
  assertCount('population', population);
  assertCount('trained', trained);
  if (trained > population) {
    throw new RangeError(`trained (${trained}) cannot exceed population (${population})`);
  }
}

/** trained / population, or null where there is nobody to train ("no officers"). */
export function coverageRatio(counts: Counts): number | null {
  assertCounts(counts);
  if (counts.population === 0) return null;
  return counts.trained / counts.population;
}

/** Decimal places of the coverage ratio shown on screens, exports and the API (0.6428). */
export const COVERAGE_DECIMALS = 4;

/**
 * The coverage ratio rounded for display, halves up, computed from the integers so that no
 * binary fraction drifts across a rounding boundary (3 / 20 000 is 0.0002, not 0.0001).
 * Null where the population is empty.
 */
export function roundedCoverageRatio(counts: Counts, decimals = COVERAGE_DECIMALS): number | null {
  assertCounts(counts);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 8) {
    throw new RangeError(`decimals must be an integer from 0 to 8, got ${decimals}`);
  }
  if (counts.population === 0) return null;
  const scale = 10 ** decimals;
  return roundDiv(counts.trained * scale, counts.population) / scale;
}
