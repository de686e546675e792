import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UnitKind, UnitNode, UnitRef, UnitVersionView } from '@loa/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { subtreeCte, versionInForce } from '../../common/scope/unit-tree.sql';
import { foldedSql } from './unit-search-text';

/** A unit with the version in force on the date asked. */
export interface UnitAt {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  versionId: string;
  validFrom: string;
  validTo: string | null;
  closedOn: string | null;
  mergedIntoId: string | null;
}

export interface UnitIdentity {
  id: string;
  code: string;
  closedOn: string | null;
  mergedIntoId: string | null;
}

export interface NodeRow extends UnitNode {
  id: string;
}

/** How deep an ancestor walk may go: far more than any real tree, and a stop for bad data. */
const MAX_DEPTH = 64;

const toNode = (r: {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  child_count: number;
}): NodeRow => ({ id: r.id, code: r.code, name: r.name, kind: r.kind, childCount: r.child_count });

const NODE_COLUMNS = `u.id, u.code, v.name, v.kind,
  (SELECT count(*) FROM unit_versions c
    WHERE c.parent_id = u.id AND ${versionInForce('c', '$2')})::int AS child_count`;

/** The SQL of the effective-dated organisation tree: every read takes the date it answers for. */
@Injectable()
export class UnitTreeQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(manager?: EntityManager): DataSource | EntityManager {
    return manager ?? this.dataSource;
  }

  async identityByCode(code: string, manager?: EntityManager): Promise<UnitIdentity | null> {
    const [row] = await this.db(manager).query(
      `SELECT id, code, closed_on::text AS "closedOn", merged_into_id AS "mergedIntoId"
         FROM units WHERE code = $1`,
      [code],
    );
    return row ?? null;
  }

  /** The first day the unit existed, or null for an unknown code. */
  async firstValidFrom(code: string, manager?: EntityManager): Promise<string | null> {
    const [row] = await this.db(manager).query(
      `SELECT min(v.valid_from)::text AS "from"
         FROM unit_versions v JOIN units u ON u.id = v.unit_id WHERE u.code = $1`,
      [code],
    );
    return row?.from ?? null;
  }

  /** The unit as it was on `date`, or null when it did not exist then. */
  async unitAt(code: string, date: string, manager?: EntityManager): Promise<UnitAt | null> {
    const [row] = await this.db(manager).query(
      `SELECT u.id, u.code, v.name, v.kind, v.parent_id AS "parentId", v.id AS "versionId",
              v.valid_from::text AS "validFrom", v.valid_to::text AS "validTo",
              u.closed_on::text AS "closedOn", u.merged_into_id AS "mergedIntoId"
         FROM units u JOIN unit_versions v ON v.unit_id = u.id AND ${versionInForce('v', '$2')}
        WHERE u.code = $1`,
      [code, date],
    );
    return row ?? null;
  }

  /** The unit's versions that start after `date` (a change already planned or made). */
  async laterVersionStart(unitId: string, date: string, manager?: EntityManager) {
    const [row] = await this.db(manager).query(
      `SELECT min(valid_from)::text AS start FROM unit_versions WHERE unit_id = $1 AND valid_from > $2`,
      [unitId, date],
    );
    return (row?.start as string | null) ?? null;
  }

  /** Nodes (with their child counts) for these unit ids, as of `date`. */
  async nodes(ids: string[], date: string, manager?: EntityManager): Promise<NodeRow[]> {
    if (ids.length === 0) return [];
    const rows = await this.db(manager).query(
      `SELECT ${NODE_COLUMNS}
         FROM unit_versions v JOIN units u ON u.id = v.unit_id
        WHERE v.unit_id = ANY($1::uuid[]) AND ${versionInForce('v', '$2')}
        ORDER BY v.name COLLATE "vi-x-icu", u.code`,
      [ids, date],
    );
    return rows.map(toNode);
  }

  /** The units directly below `unitId` on `date`, by Vietnamese name order. */
  async children(unitId: string, date: string, manager?: EntityManager): Promise<NodeRow[]> {
    const rows = await this.db(manager).query(
      `SELECT ${NODE_COLUMNS}
         FROM unit_versions v JOIN units u ON u.id = v.unit_id
        WHERE v.parent_id = $1 AND ${versionInForce('v', '$2')}
        ORDER BY v.name COLLATE "vi-x-icu", u.code`,
      [unitId, date],
    );
    return rows.map(toNode);
  }

  /** Distinct persons with an assignment in force on `date` at the unit or below it. */
  async staffCount(unitId: string, date: string, manager?: EntityManager): Promise<number> {
    const [row] = await this.db(manager).query(
      `WITH RECURSIVE ${subtreeCte('subtree', '$1', '$2')}
       SELECT count(DISTINCT a.person_id)::int AS n
         FROM assignments a JOIN subtree s ON s.unit_id = a.unit_id
        WHERE a.start_date <= $2::date AND (a.end_date IS NULL OR a.end_date >= $2::date)`,
      [[unitId], date],
    );
    return row.n;
  }

  /** For each unit id: its ancestors on `date`, from the root down to its parent. */
  async ancestors(
    ids: string[],
    date: string,
    manager?: EntityManager,
  ): Promise<Map<string, (UnitRef & { id: string })[]>> {
    const paths = new Map<string, (UnitRef & { id: string })[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return paths;
    const rows: { start_id: string; id: string; code: string; name: string; kind: UnitKind }[] =
      await this.db(manager).query(
        `WITH RECURSIVE up(start_id, unit_id, depth) AS (
           SELECT v.unit_id, v.parent_id, 1 FROM unit_versions v
            WHERE v.unit_id = ANY($1::uuid[]) AND v.parent_id IS NOT NULL
              AND ${versionInForce('v', '$2')}
           UNION ALL
           SELECT up.start_id, v.parent_id, up.depth + 1 FROM up
             JOIN unit_versions v ON v.unit_id = up.unit_id AND ${versionInForce('v', '$2')}
            WHERE v.parent_id IS NOT NULL AND up.depth < ${MAX_DEPTH}
         )
         SELECT up.start_id, u.id, u.code, pv.name, pv.kind
           FROM up JOIN units u ON u.id = up.unit_id
           JOIN unit_versions pv ON pv.unit_id = up.unit_id AND ${versionInForce('pv', '$2')}
          ORDER BY up.start_id, up.depth DESC`,
        [ids, date],
      );
    for (const r of rows) {
      paths.get(r.start_id)!.push({ id: r.id, code: r.code, name: r.name, kind: r.kind });
    }
    return paths;
  }

  /**
   * Units in force on `date` whose code starts with the query or whose folded name holds every
   * word, limited to `scope` (null: everywhere). Exact code first, then by Vietnamese name.
   */
  async search(
    query: { code: string; codePrefix: string; patterns: string[] },
    date: string,
    scope: string[] | null,
    limit: number,
  ): Promise<(UnitRef & { id: string })[]> {
    return this.dataSource.query(
      `SELECT u.id, u.code, v.name, v.kind
         FROM unit_versions v JOIN units u ON u.id = v.unit_id
        WHERE ${versionInForce('v', '$1')}
          AND ($2::uuid[] IS NULL OR v.unit_id = ANY($2::uuid[]))
          AND (lower(u.code) LIKE $6
               OR (cardinality($4::text[]) > 0 AND ${foldedSql('v.name')} LIKE ALL ($4::text[])))
        ORDER BY (lower(u.code) = $3) DESC, v.name COLLATE "vi-x-icu", u.code
        LIMIT $5`,
      [date, scope, query.code, query.patterns, limit, query.codePrefix],
    );
  }

  /** Every version of the unit, oldest first, each parent named as it was when the version began. */
  async history(unitId: string, manager?: EntityManager): Promise<UnitVersionView[]> {
    const rows = await this.db(manager).query(
      `SELECT v.name, v.kind, v.valid_from::text AS "validFrom", v.valid_to::text AS "validTo",
              v.change, p.code AS parent_code, pv.name AS parent_name, pv.kind AS parent_kind
         FROM unit_versions v
         LEFT JOIN units p ON p.id = v.parent_id
         LEFT JOIN LATERAL (
           SELECT name, kind FROM unit_versions x
            WHERE x.unit_id = v.parent_id AND x.valid_from <= v.valid_from
            ORDER BY x.valid_from DESC LIMIT 1
         ) pv ON true
        WHERE v.unit_id = $1
        ORDER BY v.valid_from`,
      [unitId],
    );
    return rows.map((r: Record<string, string | null>): UnitVersionView => ({
      name: r.name!,
      kind: r.kind as UnitKind,
      parent: r.parent_code
        ? { code: r.parent_code, name: r.parent_name ?? '', kind: r.parent_kind as UnitKind }
        : null,
      validFrom: r.validFrom!,
      validTo: r.validTo,
      change: r.change as UnitVersionView['change'],
    }));
  }

  /** A unit's name and kind on `date`, or in its last version when it no longer existed then. */
  async refNear(unitId: string, date: string, manager?: EntityManager): Promise<UnitRef | null> {
    const [row] = await this.db(manager).query(
      `SELECT u.code, v.name, v.kind FROM units u JOIN unit_versions v ON v.unit_id = u.id
        WHERE u.id = $1 ORDER BY (${versionInForce('v', '$2')}) DESC, v.valid_from DESC LIMIT 1`,
      [unitId, date],
    );
    return row ?? null;
  }

  /**
   * True when `ancestorId` is `unitId` itself or above it in any version in force on or after
   * `from`: moving `ancestorId` under `unitId` from that date would make a cycle.
   */
  async isAncestorFrom(
    ancestorId: string,
    unitId: string,
    from: string,
    manager?: EntityManager,
  ): Promise<boolean> {
    const [row] = await this.db(manager).query(
      `WITH RECURSIVE up(unit_id) AS (
         SELECT $2::uuid
         UNION
         SELECT v.parent_id FROM unit_versions v JOIN up ON v.unit_id = up.unit_id
          WHERE v.parent_id IS NOT NULL AND (v.valid_to IS NULL OR v.valid_to > $3::date)
       )
       SELECT EXISTS (SELECT 1 FROM up WHERE unit_id = $1::uuid) AS found`,
      [ancestorId, unitId, from],
    );
    return row.found;
  }

  /** Units directly below `unitId` with a version in force on `date` or later. */
  async openChildrenFrom(unitId: string, date: string, manager?: EntityManager): Promise<string[]> {
    const rows: { code: string }[] = await this.db(manager).query(
      `SELECT DISTINCT u.code FROM unit_versions v JOIN units u ON u.id = v.unit_id
        WHERE v.parent_id = $1 AND (v.valid_to IS NULL OR v.valid_to > $2::date)
        ORDER BY u.code`,
      [unitId, date],
    );
    return rows.map((r) => r.code);
  }

  /** Managed units strictly below the given roots on `date` (what a manager may change). */
  async strictlyBelow(
    roots: string[],
    date: string,
    manager?: EntityManager,
  ): Promise<Set<string>> {
    if (roots.length === 0) return new Set();
    const rows: { unit_id: string }[] = await this.db(manager).query(
      `WITH RECURSIVE below(unit_id) AS (
         SELECT c.unit_id FROM unit_versions c
          WHERE c.parent_id = ANY($1::uuid[]) AND ${versionInForce('c', '$2')}
         UNION
         SELECT c.unit_id FROM unit_versions c JOIN below b ON c.parent_id = b.unit_id
          WHERE ${versionInForce('c', '$2')}
       )
       SELECT unit_id FROM below`,
      [roots, date],
    );
    return new Set(rows.map((r) => r.unit_id));
  }
}
