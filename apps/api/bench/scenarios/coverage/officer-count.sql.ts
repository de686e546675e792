import { versionInForce } from '../../../src/common/scope/unit-tree.sql';

/**
 * The floors of the coverage scenarios: plain counts of the assignment rows a coverage count must
 * read, i.e. the communication-officer assignments in force on the date. No distinct persons, no
 * certificates, no per-unit grouping: only finding and counting the rows.
 */

const IN_FORCE_OFFICER = (date: string) =>
  `a.is_communication_officer AND a.start_date <= ${date} AND (a.end_date IS NULL OR a.end_date >= ${date})`;

/** `subtree(unit_id)`: the unit coded $1 and every unit below it on $2. */
const SUBTREE_OF_CODE = `
  WITH RECURSIVE subtree(unit_id) AS (
    SELECT v.unit_id FROM units u JOIN unit_versions v ON v.unit_id = u.id AND ${versionInForce('v', '$2')}
     WHERE u.code = $1
    UNION
    SELECT c.unit_id FROM unit_versions c JOIN subtree t ON c.parent_id = t.unit_id
     WHERE ${versionInForce('c', '$2')}
  )`;

/** Every officer assignment in force on $1: the whole country hangs under the root unit. */
export const NATION_OFFICER_COUNT_SQL = `
  SELECT count(*)::int AS count FROM assignments a WHERE ${IN_FORCE_OFFICER('$1')}`;

/** The officer assignments in force on $2 at the unit coded $1 and every unit below it then. */
export const SUBTREE_OFFICER_COUNT_SQL = `${SUBTREE_OF_CODE}
  SELECT count(*)::int AS count FROM assignments a JOIN subtree s ON s.unit_id = a.unit_id
   WHERE ${IN_FORCE_OFFICER('$2')}`;

/** How many units hang under the unit coded $1 on $2, itself included (for the report). */
export const SUBTREE_UNIT_COUNT_SQL = `${SUBTREE_OF_CODE}
  SELECT count(*)::int AS count FROM subtree`;
