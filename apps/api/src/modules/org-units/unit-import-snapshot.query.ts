import { Injectable } from '@nestjs/common';
import type { UnitKind } from '@loa/contracts';
import { EntityManager } from 'typeorm';
import { AuthUser, isDepartmentAdmin } from '../../common/auth/auth-user';
import { UnitScopeService } from '../../common/scope/unit-scope.service';
import { DbUnit, UnitImportSnapshot } from './unit-import-snapshot';
import { UnitTreeQuery } from './unit-tree.query';

interface VersionRow {
  unit_id: string;
  code: string;
  closed_on: string | null;
  id: string | null;
  name: string;
  kind: UnitKind;
  parent_code: string | null;
  valid_from: string;
  valid_to: string | null;
}

/** Loads, in a few set-based queries, everything a units import is checked against. */
@Injectable()
export class UnitImportSnapshotQuery {
  constructor(
    private readonly scope: UnitScopeService,
    private readonly tree: UnitTreeQuery,
  ) {}

  async load(
    manager: EntityManager,
    codes: string[],
    dates: string[],
    user: AuthUser,
  ): Promise<UnitImportSnapshot> {
    const rows: VersionRow[] = await manager.query(
      `SELECT u.id AS unit_id, u.code, u.closed_on::text AS closed_on, v.id, v.name, v.kind,
              p.code AS parent_code, v.valid_from::text AS valid_from, v.valid_to::text AS valid_to
         FROM units u
         LEFT JOIN unit_versions v ON v.unit_id = u.id
         LEFT JOIN units p ON p.id = v.parent_id
        WHERE u.code = ANY($1::varchar[])
        ORDER BY u.code, v.valid_from`,
      [codes],
    );
    const units = new Map<string, DbUnit>();
    for (const r of rows) {
      let unit = units.get(r.code);
      if (!unit) {
        unit = { id: r.unit_id, code: r.code, closedOn: r.closed_on, versions: [] };
        units.set(r.code, unit);
      }
      if (r.id) {
        unit.versions.push({
          id: r.id,
          name: r.name,
          kind: r.kind,
          parentCode: r.parent_code,
          validFrom: r.valid_from,
          validTo: r.valid_to,
        });
      }
    }
    return {
      units,
      latestParent: await this.latestParents(manager, codes),
      ...(await this.access(manager, user, dates)),
    };
  }

  /** Code → parent code in the latest version, for these codes and every unit above them. */
  private async latestParents(manager: EntityManager, codes: string[]) {
    const rows: { code: string; parent_code: string | null }[] = await manager.query(
      `WITH RECURSIVE up(unit_id) AS (
         SELECT id FROM units WHERE code = ANY($1::varchar[])
         UNION
         SELECT v.parent_id FROM unit_versions v JOIN up ON v.unit_id = up.unit_id
          WHERE v.valid_to IS NULL AND v.parent_id IS NOT NULL
       )
       SELECT u.code, p.code AS parent_code
         FROM up JOIN units u ON u.id = up.unit_id
         JOIN unit_versions v ON v.unit_id = up.unit_id AND v.valid_to IS NULL
         LEFT JOIN units p ON p.id = v.parent_id`,
      [codes],
    );
    return new Map(rows.map((r) => [r.code, r.parent_code]));
  }

  /** For managers: the units they may see and change on any of the file's dates. */
  private async access(manager: EntityManager, user: AuthUser, dates: string[]) {
    if (isDepartmentAdmin(user)) return { readable: null, changeable: null };
    const readable = new Set<string>();
    const changeable = new Set<string>();
    const roots = this.scope.managedRoots(user);
    for (const date of new Set(dates)) {
      const scope = await this.scope.unitIdsInScope(user, date, manager);
      scope?.forEach((id) => readable.add(id));
      (await this.tree.strictlyBelow(roots, date, manager)).forEach((id) => changeable.add(id));
    }
    return { readable, changeable };
  }
}
