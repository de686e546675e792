import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthUser, isDepartmentAdmin } from '../../common/auth/auth-user';
import { UnitScopeService } from '../../common/scope/unit-scope.service';
import { unitNotFound } from './people.errors';
import { PersonDetailQuery, PersonRecord } from './person-detail.query';
import { UnitLookup } from './unit-lookup';

/**
 * Who may see and change whom. Department administrators: everyone. Unit managers: a person
 * with any assignment (past or present) at a unit in their current scope, and assignments at
 * units in their scope. The person themselves may read their own record. Anything else: 404.
 */
@Injectable()
export class PersonAccessService {
  constructor(
    private readonly scope: UnitScopeService,
    private readonly query: PersonDetailQuery,
    private readonly units: UnitLookup,
  ) {}

  async canRead(user: AuthUser, person: PersonRecord, manager?: EntityManager): Promise<boolean> {
    return user.personId === person.id || this.canManage(user, person, manager);
  }

  async canManage(user: AuthUser, person: PersonRecord, manager?: EntityManager): Promise<boolean> {
    if (isDepartmentAdmin(user)) return true;
    const scope = await this.scope.unitIdsInScope(user, undefined, manager);
    if (scope === null) return true;
    if (scope.size === 0) return false;
    const unitIds = await this.query.unitIdsOf(person.id, manager);
    return unitIds.some((id) => scope.has(id));
  }

  /**
   * The unit `unitCode` when the caller may manage assignments there on `date` (404 when it is
   * unknown or outside their scope, so its existence is not revealed).
   */
  async writableUnit(
    user: AuthUser,
    unitCode: string,
    date: string,
    manager: EntityManager,
  ): Promise<{ id: string; existsOnDate: boolean }> {
    const unit = await this.units.byCode(unitCode, date, manager);
    if (!unit) throw unitNotFound();
    await this.scope.assertInScope(user, unit.id, date, manager);
    return unit;
  }
}
