import type { UnitReportVersionView, UnitReportView } from '@loa/contracts';

/**
 * The department's comment when the unit's report is back with the unit: the returned version
 * itself, or the one before a draft that the unit is rewriting after the return.
 */
export function lastReturn(report: UnitReportView): UnitReportVersionView | null {
  if (report.status !== 'draft' && report.status !== 'returned') return null;
  const returned = report.versions
    .filter((version) => version.status === 'returned' && version.version <= report.version)
    .sort((a, b) => b.version - a.version)[0];
  if (!returned) return null;
  // A draft counts as returned only when it follows the returned version directly.
  return report.status === 'returned' || returned.version === report.version - 1 ? returned : null;
}
