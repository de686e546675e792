import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MyReportPeriodView, UnitReportStatus } from '@loa/contracts';
import { DataSource, LessThanOrEqual } from 'typeorm';
import { AuthUser, isDepartmentAdmin } from '../../common/auth/auth-user';
import { todayInVietnam } from '../../common/dates';
import { UnitScopeService } from '../../common/scope/unit-scope.service';
import { ReportPeriod } from './report-period.entity';
import { toPeriodView } from './report-period-view';
import { RequiredUnitsQuery } from './required-units.query';

/**
 * `GET /api/report-periods`: every period for the department (units left empty: the status
 * route lists them); for a unit manager the open periods in which some unit of their scope must
 * report, with those units and the state of their latest report.
 */
@Injectable()
export class MyReportPeriodsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: UnitScopeService,
    private readonly required: RequiredUnitsQuery,
  ) {}

  async list(user: AuthUser): Promise<MyReportPeriodView[]> {
    const manager = this.dataSource.manager;
    const admin = isDepartmentAdmin(user);
    const periods = await manager.find(ReportPeriod, {
      where: admin ? {} : { opensOn: LessThanOrEqual(todayInVietnam()) },
      order: { cutoffOn: 'DESC', code: 'ASC' },
    });
    if (admin) return periods.map((p) => ({ ...toPeriodView(p), units: [] }));
    const views: MyReportPeriodView[] = [];
    for (const period of periods) {
      const scope = await this.scope.unitIdsInScope(user, period.cutoffOn, manager);
      const units = await this.required.list(manager, period, scope);
      if (units.length === 0) continue;
      const latest: { unit_id: string; id: string; status: UnitReportStatus }[] =
        await manager.query(
          `SELECT DISTINCT ON (unit_id) unit_id, id, status FROM unit_reports
            WHERE period_id = $1 AND unit_id = ANY($2::uuid[]) ORDER BY unit_id, version DESC`,
          [period.id, units.map((u) => u.id)],
        );
      const byUnit = new Map(latest.map((r) => [r.unit_id, r]));
      views.push({
        ...toPeriodView(period),
        units: units.map((u) => ({
          unit: { code: u.code, name: u.name, kind: u.kind },
          reportId: byUnit.get(u.id)?.id ?? null,
          status: byUnit.get(u.id)?.status ?? null,
        })),
      });
    }
    return views;
  }
}
