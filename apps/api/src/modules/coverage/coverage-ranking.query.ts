import { Injectable } from '@nestjs/common';
import type { CoverageRankingKind, UnitKind } from '@loa/contracts';
import { EntityManager } from 'typeorm';
import { versionInForce } from '../../common/scope/unit-tree.sql';
import type { CoverageCounts, CoverageTargetSpec } from './coverage.query';

export interface RankedUnitCounts {
  unitId: string;
  code: string;
  name: string;
  kind: UnitKind;
  /** Counts on the date asked, `retained` through `retainedThrough`. */
  now: CoverageCounts;
  /** The trained count of the same unit's subtree on the earlier date (the pace window). */
  trainedBefore: number;
}

interface RankRow {
  as_of: string;
  unit_id: string;
  population: number;
  trained: number;
  retained: number;
}

/**
 * The counts of every unit of a kind below a root, each over its own subtree, in one statement:
 * the same definition as CoverageQuery (assignments in force on the date that belong to the
 * target's population; certificates issued, unexpired and unrevoked on the date; one person once
 * per unit), but every node of the root's subtree is labelled with ALL its ranked ancestors
 * (itself included), so a person is grouped under each ranked unit above them. Communes never
 * nest, so for `commune` each node has at most one label; for `all` the labels form a closure of
 * the subtree, which the tree's depth (3–4 levels) keeps small.
 */
@Injectable()
export class CoverageRankingQuery {
  async countBelow(
    manager: EntityManager,
    input: {
      target: CoverageTargetSpec;
      rootUnitId: string;
      kind: CoverageRankingKind;
      asOf: string;
      before: string;
      retainedThrough: string;
    },
  ): Promise<RankedUnitCounts[]> {
    const ranked = (alias: string) =>
      input.kind === 'commune' ? `${alias}.kind = 'commune'` : 'true';
    const rows: RankRow[] = await manager.query(
      `WITH RECURSIVE dates(as_of) AS (SELECT unnest($2::date[])),
       tree(as_of, unit_id, labels) AS (
         SELECT d.as_of, v.unit_id, ARRAY[]::uuid[]
           FROM dates d JOIN unit_versions v ON v.unit_id = $1 AND ${versionInForce('v', 'd.as_of')}
         UNION
         SELECT t.as_of, c.unit_id,
                CASE WHEN ${ranked('c')} THEN t.labels || c.unit_id ELSE t.labels END
           FROM tree t JOIN unit_versions c ON c.parent_id = t.unit_id AND ${versionInForce('c', 't.as_of')}
       ),
       members AS (
         SELECT t.as_of, r.ranked_id, a.person_id,
                count(c.id) > 0 AS trained,
                COALESCE(bool_or(c.id IS NOT NULL
                  AND (c.expires_on IS NULL OR c.expires_on >= $5::date)
                  AND (c.revoked_on IS NULL OR c.revoked_on > $5::date)), false) AS retained
           FROM tree t
           CROSS JOIN LATERAL unnest(t.labels) AS r(ranked_id)
           JOIN assignments a ON a.unit_id = t.unit_id
           LEFT JOIN certificates c
             ON c.person_id = a.person_id AND c.programme_id = $3 AND c.approval = 'approved'
            AND c.issued_on <= t.as_of
            AND (c.expires_on IS NULL OR c.expires_on >= t.as_of)
            AND (c.revoked_on IS NULL OR c.revoked_on > t.as_of)
          WHERE a.start_date <= t.as_of AND (a.end_date IS NULL OR a.end_date >= t.as_of)
            AND (a.is_communication_officer OR $4 = 'all_staff')
          GROUP BY t.as_of, r.ranked_id, a.person_id
       )
       SELECT as_of::text AS as_of, ranked_id AS unit_id, count(*)::int AS population,
              count(*) FILTER (WHERE trained)::int AS trained,
              count(*) FILTER (WHERE retained)::int AS retained
         FROM members GROUP BY as_of, ranked_id`,
      [
        input.rootUnitId,
        [input.before, input.asOf],
        input.target.programmeId,
        input.target.population,
        input.retainedThrough,
      ],
    );
    const before = new Map(
      rows.filter((r) => r.as_of === input.before).map((r) => [r.unit_id, r.trained]),
    );
    const now = rows.filter((r) => r.as_of === input.asOf);
    if (now.length === 0) return [];
    const units: { id: string; code: string; name: string; kind: UnitKind }[] = await manager.query(
      `SELECT u.id, u.code, v.name, v.kind
           FROM units u JOIN unit_versions v ON v.unit_id = u.id AND ${versionInForce('v', '$2')}
          WHERE u.id = ANY($1::uuid[])`,
      [now.map((r) => r.unit_id), input.asOf],
    );
    const byId = new Map(units.map((u) => [u.id, u]));
    return now.flatMap((row) => {
      const unit = byId.get(row.unit_id);
      if (!unit) return [];
      return [
        {
          unitId: unit.id,
          code: unit.code,
          name: unit.name,
          kind: unit.kind,
          now: { population: row.population, trained: row.trained, retained: row.retained },
          trainedBefore: before.get(row.unit_id) ?? 0,
        },
      ];
    });
  }
}
