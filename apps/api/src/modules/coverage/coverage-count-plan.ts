import type { EntityManager } from 'typeorm';
import { versionInForce } from '../../common/scope/unit-tree.sql';

/**
 * How PostgreSQL should run a coverage count. The statement is the same either way; only the
 * plan differs, because the planner cannot foresee how large a recursive subtree is (it guesses a
 * few hundred units whatever the root):
 * - `walk`: down the subtree by index, unit by unit, person by person: right for a province, a
 *   commune or a school, which hold a small part of the country;
 * - `sweep`: the top of the tree, whose subtree is every unit: read the officers' index and the
 *   certificates once each and match them to the tree by hashing (no nested loops, no sorts).
 */
export type CoverageCountPlan = 'walk' | 'sweep';

/** Memory for the sorts and hashes of a count (per operation); the default 4 MB spills to disk. */
const COUNT_WORK_MEM = '32MB';
const SWEEP_SETTINGS = ['enable_nestloop', 'enable_mergejoin', 'enable_sort'];

/** `sweep` when the root hangs under nothing on every date (the whole country), else `walk`. */
export async function chooseCountPlan(
  manager: EntityManager,
  rootUnitId: string,
  dates: readonly string[],
): Promise<CoverageCountPlan> {
  const [row]: { top: boolean }[] = await manager.query(
    `SELECT NOT EXISTS (SELECT 1 FROM unnest($2::date[]) AS d(as_of)
                          JOIN unit_versions v ON v.unit_id = $1 AND ${versionInForce('v', 'd.as_of')}
                         WHERE v.parent_id IS NOT NULL) AS top`,
    [rootUnitId, dates],
  );
  return row.top ? 'sweep' : 'walk';
}

/**
 * Runs `count` with the plan's settings, local to the caller's transaction and put back after it
 * (every service counts inside a transaction; outside one, settings would not hold, so none are
 * sent and PostgreSQL plans as usual).
 */
export async function withCountPlan<T>(
  manager: EntityManager,
  plan: CoverageCountPlan,
  count: () => Promise<T>,
): Promise<T> {
  if (!manager.queryRunner?.isTransactionActive) return count();
  const sweep = plan === 'sweep' ? SWEEP_SETTINGS : [];
  await manager.query(
    [`SET LOCAL work_mem = '${COUNT_WORK_MEM}'`, ...sweep.map((s) => `SET LOCAL ${s} = off`)].join(
      '; ',
    ),
  );
  try {
    return await count();
  } finally {
    const reset = ['work_mem', ...sweep].map((s) => `SET LOCAL ${s} TO DEFAULT`).join('; ');
    await manager.query(reset);
  }
}
