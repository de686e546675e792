import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ReportPeriodStatus,
  ReportStatusRow,
  UnitReportProgress,
  UnitReportStatus,
} from '@loa/contracts';
import { DataSource } from 'typeorm';
import { VIETNAM_TIME_ZONE } from '../../common/dates';
import { ReportPeriodsService } from './report-periods.service';
import { toPeriodView } from './report-period-view';
import { RequiredUnitsQuery } from './required-units.query';

interface LatestRow {
  unit_id: string;
  id: string;
  version: number;
  status: Exclude<UnitReportStatus, 'draft'>;
  first_submitted_at: Date;
  last_submitted_at: Date;
  late: boolean;
}

const PROGRESS: UnitReportProgress[] = [
  'not_submitted',
  'submitted_on_time',
  'submitted_late',
  'returned',
  'accepted',
];

/**
 * Who has reported: every unit required on the cut-off with the latest version the department
 * has seen (drafts are the unit's own). Late = first submitted after the due date.
 */
@Injectable()
export class ReportStatusService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly periods: ReportPeriodsService,
    private readonly required: RequiredUnitsQuery,
  ) {}

  async status(periodId: string): Promise<ReportPeriodStatus> {
    const manager = this.dataSource.manager;
    const period = await this.periods.get(periodId, manager);
    const units = await this.required.list(manager, period);
    const latest: LatestRow[] = await manager.query(
      `SELECT DISTINCT ON (r.unit_id) r.unit_id, r.id, r.version, r.status,
              f.first_submitted_at, f.last_submitted_at,
              (f.first_submitted_at AT TIME ZONE $3)::date > $2::date AS late
         FROM unit_reports r
         JOIN (SELECT unit_id, min(submitted_at) AS first_submitted_at,
                      max(submitted_at) AS last_submitted_at
                 FROM unit_reports WHERE period_id = $1 AND submitted_at IS NOT NULL
                GROUP BY unit_id) f ON f.unit_id = r.unit_id
        WHERE r.period_id = $1 AND r.status <> 'draft'
        ORDER BY r.unit_id, r.version DESC`,
      [period.id, period.dueOn, VIETNAM_TIME_ZONE],
    );
    const byUnit = new Map(latest.map((row) => [row.unit_id, row]));
    const rows: ReportStatusRow[] = units.map((unit) => {
      const row = byUnit.get(unit.id);
      return {
        unit: { code: unit.code, name: unit.name, kind: unit.kind },
        progress: progressOf(row),
        reportId: row?.id ?? null,
        version: row?.version ?? null,
        firstSubmittedAt: row?.first_submitted_at.toISOString() ?? null,
        lastSubmittedAt: row?.last_submitted_at.toISOString() ?? null,
        late: row?.late ?? false,
      };
    });
    const counts = Object.fromEntries(PROGRESS.map((p) => [p, 0])) as Record<
      UnitReportProgress,
      number
    >;
    for (const row of rows) counts[row.progress] += 1;
    return {
      period: toPeriodView(period),
      counts: { ...counts, required: rows.length, late: rows.filter((r) => r.late).length },
      units: rows,
    };
  }
}

function progressOf(row: LatestRow | undefined): UnitReportProgress {
  if (!row) return 'not_submitted';
  if (row.status === 'submitted') return row.late ? 'submitted_late' : 'submitted_on_time';
  return row.status;
}
