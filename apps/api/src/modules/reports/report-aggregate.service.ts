import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { roundedCoverageRatio } from '@loa/coverage';
import {
  ROOT_UNIT_CODE,
  type AggregateTargetRow,
  type ReportFigures,
  type ReportPeriodAggregate,
  type UnitRef,
} from '@loa/contracts';
import { DataSource } from 'typeorm';
import { ReportFiguresBuilder } from './report-figures.builder';
import { ReportPeriodsService } from './report-periods.service';
import { toPeriodView } from './report-period-view';
import { RequiredUnitsQuery } from './required-units.query';

interface AcceptedRow {
  id: string;
  version: number;
  figures: ReportFigures;
}

/**
 * The city aggregate of a period: the frozen figures of the accepted reports summed per target
 * (coverage recomputed from the sums, never averaged), beside the live figures of the whole
 * department as of the cut-off from the coverage engine.
 */
@Injectable()
export class ReportAggregateService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly periods: ReportPeriodsService,
    private readonly required: RequiredUnitsQuery,
    private readonly figures: ReportFiguresBuilder,
  ) {}

  aggregate(periodId: string): Promise<ReportPeriodAggregate> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const period = await this.periods.get(periodId, manager);
      const accepted: AcceptedRow[] = await manager.query(
        `SELECT DISTINCT ON (unit_id) id, version, figures FROM unit_reports
          WHERE period_id = $1 AND status = 'accepted' ORDER BY unit_id, version DESC`,
        [period.id],
      );
      const [root] = await manager.query(`SELECT id FROM units WHERE code = $1`, [ROOT_UNIT_CODE]);
      const live = await this.figures.build(manager, {
        unitId: root.id,
        asOf: period.cutoffOn,
        periodStart: period.startsOn,
      });
      const requiredUnits = (await this.required.list(manager, period)).length;
      const targets = sumTargets(accepted, live);
      const units = accepted
        .map((report) => ({
          unit: report.figures.unit as UnitRef,
          reportId: report.id,
          version: report.version,
          targets: Object.fromEntries(
            report.figures.targets.map((t) => [
              t.code,
              { population: t.population, trained: t.trained },
            ]),
          ),
        }))
        .sort(
          (a, b) =>
            a.unit.name.localeCompare(b.unit.name, 'vi') || a.unit.code.localeCompare(b.unit.code),
        );
      return {
        period: toPeriodView(period),
        asOf: period.cutoffOn,
        acceptedReports: accepted.length,
        requiredUnits,
        targets,
        units,
      };
    });
  }
}

function sumTargets(accepted: AcceptedRow[], live: ReportFigures): AggregateTargetRow[] {
  const rows = new Map<string, AggregateTargetRow>();
  for (const target of live.targets) {
    rows.set(target.code, {
      code: target.code,
      name: target.name,
      threshold: target.threshold,
      accepted: { population: 0, trained: 0, coverage: null, trainedDuringPeriod: 0 },
      live: {
        population: target.population,
        trained: target.trained,
        coverage: target.coverage,
        status: target.status,
      },
    });
  }
  for (const report of accepted) {
    for (const target of report.figures.targets) {
      const row = rows.get(target.code) ?? {
        code: target.code,
        name: target.name,
        threshold: null,
        accepted: { population: 0, trained: 0, coverage: null, trainedDuringPeriod: 0 },
        live: { population: 0, trained: 0, coverage: null, status: null },
      };
      row.accepted.population += target.population;
      row.accepted.trained += target.trained;
      row.accepted.trainedDuringPeriod += target.trainedDuringPeriod;
      rows.set(target.code, row);
    }
  }
  return [...rows.values()]
    .map((row) => ({
      ...row,
      accepted: { ...row.accepted, coverage: roundedCoverageRatio(row.accepted) },
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
}
