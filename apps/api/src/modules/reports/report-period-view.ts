import type { ReportPeriodView } from '@loa/contracts';
import type { ReportPeriod } from './report-period.entity';

export const toPeriodView = (p: ReportPeriod): ReportPeriodView => ({
  id: p.id,
  code: p.code,
  kind: p.kind,
  year: p.year,
  title: p.title,
  startsOn: p.startsOn,
  cutoffOn: p.cutoffOn,
  dueOn: p.dueOn,
  opensOn: p.opensOn,
  requiredUnitKinds: p.requiredUnitKinds,
  createdAt: p.createdAt.toISOString(),
});
