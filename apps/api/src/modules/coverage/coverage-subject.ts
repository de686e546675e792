import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { UnitScopeService } from '../../common/scope/unit-scope.service';
import { CoverageLookupQuery, CoverageTarget, UnitOnDate } from './coverage-lookup.query';
import { targetNotFound, unitNotFound } from './coverage.errors';

export interface CoverageSubject {
  target: CoverageTarget;
  unit: UnitOnDate;
}

/**
 * What a coverage question is about: the target and the unit as it was on the date. A unit that
 * did not exist then, or lies outside the caller's scope, is 404 (learners have no scope at all).
 */
@Injectable()
export class CoverageSubjectResolver {
  constructor(
    private readonly lookup: CoverageLookupQuery,
    private readonly scope: UnitScopeService,
  ) {}

  async resolve(
    manager: EntityManager,
    user: AuthUser,
    request: { targetCode: string; unitCode: string; asOf: string },
  ): Promise<CoverageSubject> {
    const target = await this.lookup.target(manager, request.targetCode);
    if (!target) throw targetNotFound();
    const unit = await this.lookup.unitAt(manager, request.unitCode, request.asOf);
    if (!unit || !(await this.scope.isInScope(user, unit.id, request.asOf, manager))) {
      throw unitNotFound();
    }
    return { target, unit };
  }
}
