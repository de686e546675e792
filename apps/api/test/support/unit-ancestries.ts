import type { DataSource } from 'typeorm';

export interface AncestryMismatch {
  problem: 'missing' | 'extra';
  as_of: string;
  ancestor_id: string;
  unit_id: string;
  branch_id: string | null;
}

/**
 * Where `unit_ancestries` disagrees with a recursive walk of `unit_versions` below each of
 * `ancestorIds`: on every date where any version begins or ends, and the day before each, the
 * walk's (ancestor, unit, branch) rows must be exactly the closure's, each once. One statement,
 * so one snapshot even while other suites write units beside it. Empty when they agree.
 */
export async function ancestryMismatches(
  ds: DataSource,
  ancestorIds: string[],
): Promise<AncestryMismatch[]> {
  const inForce = (alias: string, date: string) =>
    `${alias}.valid_from <= ${date} AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > ${date})`;
  return ds.query(
    `WITH RECURSIVE dates(as_of) AS (
       SELECT DISTINCT x.d
         FROM unit_versions v,
              LATERAL (VALUES (v.valid_from), (v.valid_from - 1), (v.valid_to), (v.valid_to - 1)) x(d)
        WHERE x.d IS NOT NULL
     ),
     walk(as_of, ancestor_id, unit_id, branch_id) AS (
       SELECT d.as_of, v.unit_id, v.unit_id, NULL::uuid
         FROM dates d JOIN unit_versions v ON v.unit_id = ANY($1::uuid[]) AND ${inForce('v', 'd.as_of')}
       UNION
       SELECT w.as_of, w.ancestor_id, c.unit_id, COALESCE(w.branch_id, c.unit_id)
         FROM walk w JOIN unit_versions c ON c.parent_id = w.unit_id AND ${inForce('c', 'w.as_of')}
     ),
     closure AS (
       SELECT d.as_of, a.ancestor_id, a.unit_id, a.branch_id
         FROM dates d JOIN unit_ancestries a ON a.ancestor_id = ANY($1::uuid[]) AND ${inForce('a', 'd.as_of')}
     )
     SELECT 'missing' AS problem, m.as_of::text AS as_of, m.ancestor_id, m.unit_id, m.branch_id
       FROM (TABLE walk EXCEPT ALL TABLE closure) m
     UNION ALL
     SELECT 'extra', e.as_of::text, e.ancestor_id, e.unit_id, e.branch_id
       FROM (TABLE closure EXCEPT ALL TABLE walk) e`,
    [ancestorIds],
  );
}

/** The units at or below `ancestorId` on `asOf` by the closure, with the branch each hangs under. */
export async function closureBelow(
  ds: DataSource,
  ancestorId: string,
  asOf: string,
): Promise<{ unit_id: string; branch_id: string | null }[]> {
  return ds.query(
    `SELECT unit_id, branch_id FROM unit_ancestries
      WHERE ancestor_id = $1 AND valid_from <= $2 AND (valid_to IS NULL OR valid_to > $2)
      ORDER BY unit_id`,
    [ancestorId, asOf],
  );
}
