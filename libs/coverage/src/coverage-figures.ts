import { coverageGap } from './coverage-gap';
import { roundedCoverageRatio } from './coverage-ratio';
import type { CoverageStatus, CoverageStatusInput } from './coverage-status';
import { coverageStatus } from './coverage-status';

/** The figures of one unit as the API, screens, exports and reports all show them. */
export interface CoverageFigures {
  population: number;
  trained: number;
  /** Rounded to 4 decimals; null where the population is empty. */
  coverage: number | null;
  status: CoverageStatus;
  gap: number;
}

/** Everything contract.md shows for a unit, from its counts, threshold and projection. */
export function coverageFigures(input: CoverageStatusInput): CoverageFigures {
  return {
    population: input.population,
    trained: input.trained,
    coverage: roundedCoverageRatio(input),
    status: coverageStatus(input),
    gap: coverageGap(input.thresholdBp, input),
  };
}
