import { Injectable } from '@nestjs/common';
import { AuthUser, isDepartmentAdmin } from '../../common/auth/auth-user';
import { DomainError } from '../../common/domain-error';
import { UnitScopeService } from '../../common/scope/unit-scope.service';
import { EntityManager } from 'typeorm';
import { unitNotFound } from './unit-not-found';
import { UnitTreeQuery } from './unit-tree.query';

/**
 * Who may change which unit. Department administrators: any. Unit managers: only units
 * strictly below the units they manage (not their own unit), and only under parents in their
 * scope. Outside the scope is 404; their own unit, which they can see, is 403.
 */
@Injectable()
export class UnitWriteAccess {
  constructor(
    private readonly scope: UnitScopeService,
    private readonly tree: UnitTreeQuery,
  ) {}

  async assertCanChange(
    user: AuthUser,
    unit: { id: string; code: string },
    date: string,
    manager: EntityManager,
  ): Promise<void> {
    if (isDepartmentAdmin(user)) return;
    if (!(await this.scope.isInScope(user, unit.id, date, manager))) throw unitNotFound(unit.code);
    const below = await this.tree.strictlyBelow(this.scope.managedRoots(user), date, manager);
    if (!below.has(unit.id)) {
      throw new DomainError(
        'FORBIDDEN',
        'Bạn chỉ được thay đổi các đơn vị cấp dưới của đơn vị mình quản lý',
        'You may only change units below the units you manage',
      );
    }
  }

  async assertCanPlaceUnder(
    user: AuthUser,
    parent: { id: string; code: string },
    date: string,
    manager: EntityManager,
  ): Promise<void> {
    if (isDepartmentAdmin(user)) return;
    if (!(await this.scope.isInScope(user, parent.id, date, manager))) {
      throw unitNotFound(parent.code, date);
    }
  }
}
