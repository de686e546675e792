import type { ReportPeriodKind } from '@loa/contracts';

/**
 * The data cut-off of Decree 09/2019/NĐ-CP (14 June for the half year, 14 December for the
 * year) and a due date six days later; the department may change the due date.
 */
export function periodDefaults(kind: ReportPeriodKind, year: number) {
  const month = kind === 'half_year' ? '06' : '12';
  return {
    cutoffOn: `${year}-${month}-14`,
    dueOn: `${year}-${month}-20`,
  };
}
