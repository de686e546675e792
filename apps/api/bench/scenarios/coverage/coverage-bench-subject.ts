import { periodInForce, type TargetPeriodLike } from '@loa/coverage';
import type { DataSource } from 'typeorm';
import {
  CoverageLookupQuery,
  type CoverageTarget,
  type UnitOnDate,
} from '../../../src/modules/coverage/coverage-lookup.query';

/**
 * The day the coverage scenarios ask about: fixed, so every run (and every scale) asks the same
 * question; after the seed's last Loa certificate (15/11/2026) and inside the 2026–2030 period.
 */
export const BENCH_COVERAGE_DATE = '2026-11-23';

/** The target the coverage scenarios count: communication officers trained in BDTT. */
export const BENCH_TARGET_CODE = 'CBTT';

export interface CoverageBenchSubject {
  target: CoverageTarget;
  unit: UnitOnDate;
  period: TargetPeriodLike;
}

/** The target, the unit as it is on the bench date, and the period in force, by the product's own lookups. */
export async function loadCoverageSubject(
  dataSource: DataSource,
  unitCode: string,
): Promise<CoverageBenchSubject> {
  const lookup = new CoverageLookupQuery();
  const target = await lookup.target(dataSource.manager, BENCH_TARGET_CODE);
  if (!target) throw new Error(`target ${BENCH_TARGET_CODE} is missing from the bench database`);
  const unit = await lookup.unitAt(dataSource.manager, unitCode, BENCH_COVERAGE_DATE);
  if (!unit) throw new Error(`unit ${unitCode} does not exist on ${BENCH_COVERAGE_DATE}`);
  const period = periodInForce(target.periods, BENCH_COVERAGE_DATE);
  if (!period)
    throw new Error(`target ${BENCH_TARGET_CODE} has no period on ${BENCH_COVERAGE_DATE}`);
  return { target, unit, period };
}
