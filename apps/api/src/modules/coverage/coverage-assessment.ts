import {
  coverageFigures,
  paceFromSamples,
  projectCoverage,
  roundedCoverageRatio,
  type CoverageFigures,
  type TargetPeriodLike,
  daysBetween,
} from '@loa/coverage';
import type { CoverageOutlookView } from '@loa/contracts';
import type { CoverageCounts } from './coverage.query';

/** The window of the recent pace: the trained count 90 days ago against today's. */
export const PACE_WINDOW_DAYS = 90;

export interface AssessmentInput {
  asOf: string;
  /** asOf − PACE_WINDOW_DAYS */
  windowStart: string;
  period: TargetPeriodLike;
  /** Counts on asOf, `retained` counted through the period's last day. */
  now: CoverageCounts;
  /** The same unit's trained count on windowStart. */
  trainedAtWindowStart: number;
}

export interface Assessment {
  figures: CoverageFigures;
  outlook: CoverageOutlookView;
}

/**
 * Figures, status and outlook of one unit from its counts, with the pure maths of
 * `@loa/coverage`: the status is met, else on_track when the linear projection to the period's
 * last day (docs/coverage-outlook.md) reaches ⌈threshold × population⌉, else at_risk.
 */
export function assessCoverage(input: AssessmentInput): Assessment {
  const { now, period } = input;
  const pace = paceFromSamples([
    { on: input.windowStart, trained: input.trainedAtWindowStart },
    { on: input.asOf, trained: now.trained },
  ]);
  const projection = projectCoverage({
    ...pace,
    thresholdBp: period.thresholdBp,
    population: now.population,
    daysUntilPeriodEnd: daysBetween(input.asOf, period.endsOn),
    expiringBeforePeriodEnd: now.trained - now.retained,
  });
  const figures = coverageFigures({
    population: now.population,
    trained: now.trained,
    thresholdBp: period.thresholdBp,
    projectedTrainedAtPeriodEnd: projection.projectedTrainedAtPeriodEnd,
  });
  return {
    figures,
    outlook: {
      windowStart: input.windowStart,
      trainedAtWindowStart: input.trainedAtWindowStart,
      expiringBeforePeriodEnd: now.trained - now.retained,
      projectedTrained: projection.projectedTrainedAtPeriodEnd,
      projectedCoverage: roundedCoverageRatio({
        population: now.population,
        trained: projection.projectedTrainedAtPeriodEnd,
      }),
      requiredTrained: projection.requiredTrained,
      additionalNeeded: projection.additionalNeeded,
      requiredPerMonth: projection.requiredPerMonth,
    },
  };
}
