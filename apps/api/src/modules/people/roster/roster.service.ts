import { Injectable } from '@nestjs/common';
import type { RosterPage } from '@loa/contracts';
import type { AuthUser } from '../../../common/auth/auth-user';
import { todayInVietnam } from '../../../common/dates';
import { UnitScopeService } from '../../../common/scope/unit-scope.service';
import type { RosterExportQueryDto, RosterQueryDto } from '../dto/roster-query.dto';
import { unitNotFound } from '../people.errors';
import { UnitLookup } from '../unit-lookup';
import type { RosterFilter } from './roster-filter';
import { RosterQuery, toRosterEntry } from './roster.query';

const DEFAULT_PAGE_SIZE = 50;

/** A unit's roster on a date, for callers whose scope holds the unit. */
@Injectable()
export class RosterService {
  constructor(
    private readonly units: UnitLookup,
    private readonly scope: UnitScopeService,
    private readonly roster: RosterQuery,
  ) {}

  async page(user: AuthUser, unitCode: string, query: RosterQueryDto): Promise<RosterPage> {
    const filter = await this.filterFor(user, unitCode, query);
    if (query.q) filter.q = query.q;
    if (query.communicationOfficer) {
      filter.communicationOfficer = query.communicationOfficer === 'true';
    }
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const offset = ((query.page ?? 1) - 1) * pageSize;
    const [counts, rows] = await Promise.all([
      this.roster.counts(filter),
      this.roster.rows(filter, { limit: pageSize, offset }),
    ]);
    return { asOf: filter.asOf, ...counts, items: rows.map(toRosterEntry) };
  }

  /** The filter for a unit the caller may read; 404 when the unit is unknown or out of scope. */
  async filterFor(
    user: AuthUser,
    unitCode: string,
    query: RosterExportQueryDto,
  ): Promise<RosterFilter> {
    const asOf = query.asOf ?? todayInVietnam();
    const unit = await this.units.byCode(unitCode, asOf);
    if (!unit) throw unitNotFound();
    await this.scope.assertInScope(user, unit.id, asOf);
    return { unitId: unit.id, asOf, subtree: query.subtree === 'true' };
  }
}
