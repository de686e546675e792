import type { ReportNarrative, UnitRef, UnitReportView } from '@loa/contracts';
import { todayInVietnam } from '../../common/dates';
import type { ReportPeriod } from './report-period.entity';
import { toPeriodView } from './report-period-view';
import type { UnitReport } from './unit-report.entity';

export const EMPTY_NARRATIVE: ReportNarrative = {
  done: '',
  results: '',
  difficulties: '',
  proposals: '',
  signerTitle: '',
  signerName: '',
};

/** Submitted after the due date, judged by the calendar day in Asia/Ho_Chi_Minh. */
export const isLate = (submittedAt: Date | null, dueOn: string): boolean | null =>
  submittedAt ? todayInVietnam(submittedAt) > dueOn : null;

export function toUnitReportView(
  report: UnitReport,
  period: ReportPeriod,
  unit: UnitRef,
  versions: UnitReport[],
): UnitReportView {
  return {
    id: report.id,
    period: toPeriodView(period),
    unit: { code: unit.code, name: unit.name, kind: unit.kind },
    version: report.version,
    status: report.status,
    figures: report.figures,
    narrative: report.narrative,
    contentHash: report.contentHash,
    submittedAt: report.submittedAt?.toISOString() ?? null,
    submittedBy: report.submittedById,
    late: isLate(report.submittedAt, period.dueOn),
    reviewedAt: report.reviewedAt?.toISOString() ?? null,
    reviewedBy: report.reviewedById,
    reviewComment: report.reviewComment,
    createdAt: report.createdAt.toISOString(),
    versions: [...versions]
      .sort((a, b) => b.version - a.version)
      .map((v) => ({
        id: v.id,
        version: v.version,
        status: v.status,
        submittedAt: v.submittedAt?.toISOString() ?? null,
        reviewedAt: v.reviewedAt?.toISOString() ?? null,
        reviewComment: v.reviewComment,
      })),
  };
}
