import type { CoverageStatus } from './coverage';
import type { UnitKind } from './unit-kinds';
import type { UnitRef } from './units';

/** Half-year (data cut-off 14 June) or annual (14 December), per Decree 09/2019/NĐ-CP. */
export type ReportPeriodKind = 'half_year' | 'annual';

/** The unit kinds that must report when a period does not say otherwise. */
export const DEFAULT_REPORTING_UNIT_KINDS: readonly UnitKind[] = [
  'commune',
  'university',
  'vocational',
  'direct_unit',
  'upper_secondary',
  'continuing_education',
];

export interface ReportPeriodView {
  id: string;
  code: string;
  kind: ReportPeriodKind;
  year: number;
  title: string;
  /** First day of the data the period covers ("trained during the period" counts from here). */
  startsOn: string;
  /** Data cut-off: figures are as of this day. */
  cutoffOn: string;
  dueOn: string;
  opensOn: string;
  requiredUnitKinds: UnitKind[];
  createdAt: string;
}

/** `POST /api/report-periods`: everything but kind and year has a default. */
export interface CreateReportPeriodRequest {
  kind: ReportPeriodKind;
  year: number;
  code?: string;
  title?: string;
  startsOn?: string;
  cutoffOn?: string;
  dueOn?: string;
  opensOn?: string;
  requiredUnitKinds?: UnitKind[];
}

export type UpdateReportPeriodRequest = Partial<
  Pick<
    CreateReportPeriodRequest,
    'title' | 'startsOn' | 'cutoffOn' | 'dueOn' | 'opensOn' | 'requiredUnitKinds'
  >
>;

export type UnitReportStatus = 'draft' | 'submitted' | 'returned' | 'accepted';

/** What the department sees per required unit: the latest version it was sent. */
export type UnitReportProgress =
  'not_submitted' | 'submitted_on_time' | 'submitted_late' | 'returned' | 'accepted';

/** A unit's own figures for one target as of the cut-off (the coverage engine's answer). */
export interface ReportTargetFiguresView {
  unit: UnitRef;
  population: number;
  trained: number;
  coverage: number | null;
  status: CoverageStatus;
  gap: number;
}

export interface ReportTargetFigures extends Omit<ReportTargetFiguresView, 'unit'> {
  code: string;
  name: string;
  /** 0..1, the threshold of the target's period containing the cut-off. */
  threshold: number;
  /** Distinct persons of the population who were certified between the period start and the cut-off. */
  trainedDuringPeriod: number;
  children: ReportTargetFiguresView[];
}

/** The figures Loa fills in; frozen in the report when it is submitted. */
export interface ReportFigures {
  asOf: string;
  periodStart: string;
  unit: UnitRef;
  targets: ReportTargetFigures[];
}

export interface ReportNarrative {
  /** I. What was done */
  done: string;
  /** II. Results */
  results: string;
  /** III. Difficulties */
  difficulties: string;
  /** IV. Proposals */
  proposals: string;
  signerTitle: string;
  signerName: string;
}

export type UpdateReportNarrativeRequest = ReportNarrative;

export interface UnitReportVersionView {
  id: string;
  version: number;
  status: UnitReportStatus;
  submittedAt: string | null;
  reviewedAt: string | null;
  reviewComment: string | null;
}

export interface UnitReportView {
  id: string;
  period: ReportPeriodView;
  unit: UnitRef;
  version: number;
  status: UnitReportStatus;
  figures: ReportFigures;
  narrative: ReportNarrative;
  /** sha256 of the canonical JSON of { figures, narrative }; set on submission. */
  contentHash: string | null;
  submittedAt: string | null;
  submittedBy: string | null;
  /** Submitted after the due date (in Asia/Ho_Chi_Minh). */
  late: boolean | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  reviewComment: string | null;
  createdAt: string;
  /** Every version of this unit's report for the period, newest first. */
  versions: UnitReportVersionView[];
}

export interface ReturnUnitReportRequest {
  comment: string;
}

export interface ReportStatusRow {
  unit: UnitRef;
  progress: UnitReportProgress;
  /** The latest version the department has seen (draft versions are the unit's own). */
  reportId: string | null;
  version: number | null;
  firstSubmittedAt: string | null;
  lastSubmittedAt: string | null;
  /** First submitted after the due date. */
  late: boolean;
}

export interface ReportPeriodStatus {
  period: ReportPeriodView;
  counts: Record<UnitReportProgress, number> & { required: number; late: number };
  units: ReportStatusRow[];
}

/** A manager's view of an open period: the required units in their scope. */
export interface MyReportPeriodView extends ReportPeriodView {
  units: { unit: UnitRef; reportId: string | null; status: UnitReportStatus | null }[];
}

export interface AggregateTargetRow {
  code: string;
  name: string;
  threshold: number | null;
  accepted: {
    population: number;
    trained: number;
    coverage: number | null;
    trainedDuringPeriod: number;
  };
  live: {
    population: number;
    trained: number;
    coverage: number | null;
    status: CoverageStatus | null;
  };
}

export interface ReportPeriodAggregate {
  period: ReportPeriodView;
  asOf: string;
  acceptedReports: number;
  requiredUnits: number;
  targets: AggregateTargetRow[];
  /** The accepted reports summed, one row per unit. */
  units: {
    unit: UnitRef;
    reportId: string;
    version: number;
    targets: Record<string, { population: number; trained: number }>;
  }[];
}
