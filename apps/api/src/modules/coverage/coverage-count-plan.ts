import type { EntityManager } from 'typeorm';
import { versionInForce } from '../../common/scope/unit-tree.sql';

/**
 * How PostgreSQL should run a coverage count. The statement is the same either way; only the
 * plan differs, because the planner cannot foresee how large a recursive subtree is (it guesses a
 * few hundred units whatever the root):
 * - `walk`: down the subtree by index, unit by unit, person by person: right for a province, a
 *   commune or a school, which hold a small part of the country;
 * - `sweep`: the top of the tree, whose subtree is every unit: read the officers' index and the
 *   certificates once each and match them to the tree by hashing (no nested loops, no sorts),
 *   with the memory to hash a country's officers.
 */
export type CoverageCountPlan = 'walk' | 'sweep';

/** Memory for each hash of a country-wide count; the default 4 MB spills to disk. */
const SWEEP_WORK_MEM = '32MB';
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
 * Runs `count` with the plan's settings. `walk` needs none (a subtree's rows group in the default
 * memory). `sweep` sets its own local to the caller's transaction and puts them back after, so the
 * caller's next queries plan as usual (every service counts inside a transaction; outside one,
 * settings would not hold, so none are sent).
 */
export async function withCountPlan<T>(
  manager: EntityManager,
  plan: CoverageCountPlan,
  count: () => Promise<T>,
): Promise<T> {
  if (plan === 'walk' || !manager.queryRunner?.isTransactionActive) return count();
  await manager.query(
    [
      `SET LOCAL work_mem = '${SWEEP_WORK_MEM}'`,
      ...SWEEP_SETTINGS.map((s) => `SET LOCAL ${s} = off`),
    ].join('; '),
  );
  try {
    return await count();
  } finally {
    await manager.query(
      ['work_mem', ...SWEEP_SETTINGS].map((s) => `SET LOCAL ${s} TO DEFAULT`).join('; '),
    );
  }
}
