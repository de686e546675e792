import type { UnitRef } from './units';

/** One of four answers for every unit, target and date (contract.md "Coverage"). */
export type CoverageStatus = 'met' | 'on_track' | 'at_risk' | 'no_population';

/** The target as it applies on the date asked: the threshold of the period containing it. */
export interface CoverageTargetView {
  code: string;
  /** 0..1, e.g. 0.7 */
  threshold: number;
  periodStart: string;
  periodEnd: string;
}

/** The figures of one unit: distinct persons at it and below it on the date asked. */
export interface CoverageFiguresView {
  population: number;
  trained: number;
  /** trained / population rounded to 4 decimals; null where the population is empty. */
  coverage: number | null;
  status: CoverageStatus;
  /** max(0, ⌈threshold × population⌉ − trained) */
  gap: number;
}

export interface CoverageChildView extends CoverageFiguresView {
  unit: UnitRef;
}

/** How the unit's status was judged (docs/coverage-outlook.md explains the method). */
export interface CoverageOutlookView {
  /** 90 days before the date asked: the start of the recent-pace window. */
  windowStart: string;
  trainedAtWindowStart: number;
  /** Trained on the date asked whose last certified day falls before the period's end. */
  expiringBeforePeriodEnd: number;
  /** Expected trained on the period's last day: those who stay valid plus the pace continued. */
  projectedTrained: number;
  projectedCoverage: number | null;
  /** ⌈threshold × population⌉ */
  requiredTrained: number;
  /** People still to train or renew by the period's end. */
  additionalNeeded: number;
  requiredPerMonth: number;
}

/** `GET /api/coverage?target=CODE&unit=CODE&asOf=YYYY-MM-DD` (public contract, v1). */
export interface CoverageReport extends CoverageFiguresView {
  asOf: string;
  target: CoverageTargetView;
  unit: UnitRef;
  /** The units directly below `unit` on `asOf`, sorted by name. */
  children: CoverageChildView[];
  /** An addition to the contract's fields, for the dashboards. */
  outlook: CoverageOutlookView;
}

export interface CoverageQuery {
  target: string;
  unit: string;
  asOf?: string;
}

/** `GET /api/coverage/trend?target&unit&from&to`: one point per month's last day and `to`. */
export interface CoverageTrendPoint {
  asOf: string;
  population: number;
  trained: number;
  coverage: number | null;
}

export interface CoverageTrendQuery {
  target: string;
  unit: string;
  /** Default: the start of the target's first period. */
  from?: string;
  /** Default: today in Asia/Ho_Chi_Minh. */
  to?: string;
}

/** A person behind the figures, with the certificate that makes them trained on the date. */
export interface CoveragePersonView {
  staffCode: string;
  fullName: string;
  unit: { code: string; name: string };
  trained: boolean;
  certificate: { number: string; issuedOn: string; expiresOn: string | null } | null;
}

/** `GET /api/coverage/people?target&unit&asOf&trained&page&pageSize` */
export interface CoveragePeoplePage {
  asOf: string;
  total: number;
  items: CoveragePersonView[];
}

export interface CoveragePeopleQuery extends CoverageQuery {
  trained?: boolean;
  page?: number;
  pageSize?: number;
}
