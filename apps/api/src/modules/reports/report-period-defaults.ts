import type { ReportPeriodKind } from '@loa/contracts';

export interface ReportPeriodDates {
  code: string;
  title: string;
  startsOn: string;
  cutoffOn: string;
  dueOn: string;
  opensOn: string;
}

/**
 * The defaults of Decree 09/2019/NĐ-CP (Article 12): a half-year report covers 15 December of the
 * year before to 14 June, an annual report 15 December of the year before to 14 December. Loa's
 * defaults: due six days after the cut-off (20 June / 20 December), open from the cut-off month.
 */
export function defaultPeriodDates(kind: ReportPeriodKind, year: number): ReportPeriodDates {
  const cutoffMonth = kind === 'half_year' ? '06' : '12';
  return {
    code: kind === 'half_year' ? `${year}-H1` : `${year}-ANNUAL`,
    title: kind === 'half_year' ? `6 tháng đầu năm ${year}` : `năm ${year}`,
    startsOn: `${year - 1}-12-15`,
    cutoffOn: `${year}-${cutoffMonth}-14`,
    dueOn: `${year}-${cutoffMonth}-20`,
    opensOn: `${year}-${cutoffMonth}-01`,
  };
}
