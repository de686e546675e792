import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthUser, isDepartmentAdmin } from '../../common/auth/auth-user';
import { todayInVietnam } from '../../common/dates';
import { UnitScopeService } from '../../common/scope/unit-scope.service';
import { ReportPeriod } from './report-period.entity';
import { periodNotFound, reportNotFound } from './reports.errors';
import { RequiredUnit, RequiredUnitsQuery } from './required-units.query';
import { UnitReport } from './unit-report.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who may see which report. Department administrators: every period and report. Unit managers:
 * open periods (opensOn reached) and the required units in their scope. Anything else is 404.
 */
@Injectable()
export class ReportAccessService {
  constructor(
    private readonly scope: UnitScopeService,
    private readonly required: RequiredUnitsQuery,
  ) {}

  /** A period by id or code, as the caller may see it. */
  async period(manager: EntityManager, user: AuthUser, ref: string): Promise<ReportPeriod> {
    const period = await manager.findOneBy(
      ReportPeriod,
      UUID.test(ref) ? { id: ref } : { code: ref.toUpperCase() },
    );
    if (!period || !this.isOpenFor(user, period)) throw periodNotFound();
    return period;
  }

  isOpenFor(user: AuthUser, period: ReportPeriod): boolean {
    return isDepartmentAdmin(user) || period.opensOn <= todayInVietnam();
  }

  /** The required unit with this code in the caller's scope, else 404. */
  async unit(
    manager: EntityManager,
    user: AuthUser,
    period: ReportPeriod,
    ref: { code?: string; id?: string },
  ): Promise<RequiredUnit> {
    const unit = await this.required.find(manager, period, ref);
    if (!unit || !(await this.scope.isInScope(user, unit.id, period.cutoffOn, manager))) {
      throw reportNotFound();
    }
    return unit;
  }

  /** A report version by id with its period and unit, locked when asked; 404 outside scope. */
  async report(
    manager: EntityManager,
    user: AuthUser,
    id: string,
    options: { lock?: boolean } = {},
  ): Promise<{ report: UnitReport; period: ReportPeriod; unit: RequiredUnit }> {
    const report = await manager.findOne(UnitReport, {
      where: { id },
      ...(options.lock && { lock: { mode: 'pessimistic_write' as const } }),
    });
    if (!report) throw reportNotFound();
    const period = await manager.findOneByOrFail(ReportPeriod, { id: report.periodId });
    if (!this.isOpenFor(user, period)) throw reportNotFound();
    const unit = await this.unitOfReport(manager, user, period, report.unitId);
    return { report, period, unit };
  }

  private async unitOfReport(
    manager: EntityManager,
    user: AuthUser,
    period: ReportPeriod,
    unitId: string,
  ): Promise<RequiredUnit> {
    const unit = await this.required.find(manager, period, { id: unitId });
    if (unit) {
      if (!(await this.scope.isInScope(user, unit.id, period.cutoffOn, manager))) {
        throw reportNotFound();
      }
      return unit;
    }
    // The period's kinds changed after this unit reported: only the department still sees it.
    if (!isDepartmentAdmin(user)) throw reportNotFound();
    const [row] = await manager.query(
      `SELECT u.id, u.code, v.name, v.kind FROM units u JOIN unit_versions v ON v.unit_id = u.id
        WHERE u.id = $1 ORDER BY v.valid_from DESC LIMIT 1`,
      [unitId],
    );
    return row;
  }
}
