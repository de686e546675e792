import { Injectable } from '@nestjs/common';
import { ROOT_UNIT_CODE } from '@loa/contracts';
import type { UnitDetail, UnitNode, UnitRef, UnitSearchHit, UnitVersionView } from '@loa/contracts';
import { AuthUser, isDepartmentAdmin } from '../../common/auth/auth-user';
import { addDays, todayInVietnam } from '../../common/dates';
import { UnitScopeService } from '../../common/scope/unit-scope.service';
import { unitNotFound } from './unit-not-found';
import { foldVietnamese, wordPatterns } from './unit-search-text';
import { NodeRow, UnitAt, UnitTreeQuery } from './unit-tree.query';

const DEFAULT_SEARCH_LIMIT = 20;

const withoutId = ({ id: _id, ...node }: NodeRow): UnitNode => node;

/**
 * Reading the organisation tree as of a date. Every answer is limited to the caller's scope:
 * a unit outside it answers 404, and paths start at the highest unit the caller may see.
 */
@Injectable()
export class UnitsService {
  constructor(
    private readonly tree: UnitTreeQuery,
    private readonly scope: UnitScopeService,
  ) {}

  /** Where the caller's tree starts: the root for administrators, the managed units otherwise. */
  async roots(user: AuthUser, asOf = todayInVietnam()): Promise<UnitNode[]> {
    if (isDepartmentAdmin(user)) {
      const root = await this.tree.unitAt(ROOT_UNIT_CODE, asOf);
      return root ? (await this.tree.nodes([root.id], asOf)).map(withoutId) : [];
    }
    const managed = this.scope.managedRoots(user);
    if (managed.length === 0) return [];
    const paths = await this.tree.ancestors(managed, asOf);
    const topmost = managed.filter((id) =>
      (paths.get(id) ?? []).every((ancestor) => !managed.includes(ancestor.id)),
    );
    return (await this.tree.nodes(topmost, asOf)).map(withoutId);
  }

  async search(
    user: AuthUser,
    q: string,
    asOf = todayInVietnam(),
    limit = DEFAULT_SEARCH_LIMIT,
  ): Promise<UnitSearchHit[]> {
    const scope = await this.scope.unitIdsInScope(user, asOf);
    if (scope !== null && scope.size === 0) return [];
    const code = q.normalize('NFC').trim().toLowerCase();
    const hits = await this.tree.search(
      {
        code,
        codePrefix: `${code.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
        patterns: foldVietnamese(q) === '' ? [] : wordPatterns(q),
      },
      asOf,
      scope === null ? null : [...scope],
      limit,
    );
    const paths = await this.tree.ancestors(
      hits.map((h) => h.id),
      asOf,
    );
    return hits.map(({ id, ...ref }) => ({
      ...ref,
      path: this.visible(paths.get(id) ?? [], scope),
    }));
  }

  async detail(user: AuthUser, code: string, asOf = todayInVietnam()): Promise<UnitDetail> {
    const { unit, scope } = await this.readable(user, code, asOf);
    const [paths, [node], staffCount, mergedInto] = await Promise.all([
      this.tree.ancestors([unit.id], asOf),
      this.tree.nodes([unit.id], asOf),
      this.tree.staffCount(unit.id, asOf),
      unit.mergedIntoId
        ? this.tree.refNear(unit.mergedIntoId, unit.closedOn ?? asOf)
        : Promise.resolve(null),
    ]);
    const path = this.visible(paths.get(unit.id) ?? [], scope);
    const parent = path.length > 0 ? path[path.length - 1] : null;
    return {
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
      parent,
      path,
      childCount: node.childCount,
      staffCount,
      closedOn: unit.closedOn,
      mergedInto,
    };
  }

  async children(user: AuthUser, code: string, asOf = todayInVietnam()): Promise<UnitNode[]> {
    const { unit } = await this.readable(user, code, asOf);
    return (await this.tree.children(unit.id, asOf)).map(withoutId);
  }

  /** Every version, oldest first; a closure or merger is the last entry. */
  async history(user: AuthUser, code: string): Promise<UnitVersionView[]> {
    const identity = await this.tree.identityByCode(code);
    if (!identity) throw unitNotFound(code);
    const today = todayInVietnam();
    const lastDay =
      identity.closedOn && identity.closedOn <= today ? addDays(identity.closedOn, -1) : today;
    if (!(await this.scope.isInScope(user, identity.id, lastDay))) throw unitNotFound(code);
    const versions = await this.tree.history(identity.id);
    const last = versions[versions.length - 1];
    if (!identity.closedOn || !last) return versions;
    const mergedInto = identity.mergedIntoId
      ? await this.tree.refNear(identity.mergedIntoId, identity.closedOn)
      : null;
    return [
      ...versions,
      {
        name: last.name,
        kind: last.kind,
        parent: last.parent,
        validFrom: identity.closedOn,
        validTo: null,
        change: mergedInto ? 'merged' : 'closed',
      },
    ];
  }

  /** The unit on `asOf` if it existed then and the caller may see it; 404 otherwise. */
  private async readable(user: AuthUser, code: string, asOf: string) {
    const unit: UnitAt | null = await this.tree.unitAt(code, asOf);
    if (!unit) throw unitNotFound(code, asOf);
    const scope = await this.scope.unitIdsInScope(user, asOf);
    if (scope !== null && !scope.has(unit.id)) throw unitNotFound(code, asOf);
    return { unit, scope };
  }

  /** A path without the units above the caller's scope, and without ids. */
  private visible(path: (UnitRef & { id: string })[], scope: Set<string> | null): UnitRef[] {
    return path.filter((p) => scope === null || scope.has(p.id)).map(({ id: _id, ...ref }) => ref);
  }
}
