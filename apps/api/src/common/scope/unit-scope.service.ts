import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser, isDepartmentAdmin } from '../auth/auth-user';
import { todayInVietnam } from '../dates';
import { notFound } from '../domain-error';
import { subtreeCte } from './unit-tree.sql';

/**
 * Which units a caller may read and manage. Department (and system) administrators: every
 * unit. Unit managers: the units they manage and everything below them, on the date asked or
 * today. Anyone else: none. Outside the scope is answered as 404 (it does not exist for them).
 */
@Injectable()
export class UnitScopeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The units the caller manages directly (the roots of their scope). */
  managedRoots(user: AuthUser): string[] {
    return [...new Set(user.grants.filter((g) => g.role === 'unit_manager').map((g) => g.unitId))];
  }

  /** Every unit id in scope; `null` means all units. */
  async unitIdsInScope(
    user: AuthUser,
    asOf?: string,
    manager?: EntityManager,
  ): Promise<Set<string> | null> {
    if (isDepartmentAdmin(user)) return null;
    const roots = this.managedRoots(user);
    if (roots.length === 0) return new Set();
    const today = todayInVietnam();
    const dates = asOf && asOf !== today ? [today, asOf] : [today];
    const rows: { unit_id: string }[] = await (manager ?? this.dataSource).query(
      `WITH RECURSIVE ${subtreeCte('today_tree', '$1', '$2')}, ${subtreeCte('asof_tree', '$1', '$3')}
       SELECT unit_id FROM today_tree UNION SELECT unit_id FROM asof_tree`,
      [roots, dates[0], dates[1] ?? dates[0]],
    );
    return new Set(rows.map((r) => r.unit_id));
  }

  async isInScope(
    user: AuthUser,
    unitId: string,
    asOf?: string,
    manager?: EntityManager,
  ): Promise<boolean> {
    const scope = await this.unitIdsInScope(user, asOf, manager);
    return scope === null || scope.has(unitId);
  }

  /** Throws NOT_FOUND when the unit is outside the caller's scope. */
  async assertInScope(
    user: AuthUser,
    unitId: string,
    asOf?: string,
    manager?: EntityManager,
  ): Promise<void> {
    if (!(await this.isInScope(user, unitId, asOf, manager))) {
      throw notFound('Không tìm thấy đơn vị', 'Unit not found');
    }
  }
}
