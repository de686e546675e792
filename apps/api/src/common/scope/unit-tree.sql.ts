/**
 * SQL fragments for the effective-dated unit tree. A version is in force on D when
 * valid_from <= D < valid_to (valid_to null: still current).
 */
export const versionInForce = (alias: string, dateParam: string): string =>
  `${alias}.valid_from <= ${dateParam}::date AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > ${dateParam}::date)`;

/**
 * A CTE named `name` listing `unit_id` of the given roots and every unit below them on the date,
 * each once, read from the tree's closure (`unit_ancestries`). Fits a `WITH` or `WITH RECURSIVE`
 * list alike.
 */
export const subtreeCte = (name: string, rootsParam: string, dateParam: string): string => `
  ${name}(unit_id) AS (
    SELECT DISTINCT t.unit_id FROM unit_ancestries t
     WHERE t.ancestor_id = ANY(${rootsParam}::uuid[]) AND ${versionInForce('t', dateParam)}
  )`;

/**
 * The rows `(as_of, unit_id, branch_id)` of a relation `datesRelation(dateColumn)`'s dates: the
 * unit `rootParam` and every unit below it on each date, read from the tree's closure
 * (`unit_ancestries`, kept by triggers on `unit_versions`), with `branch_id` the unit directly
 * below the root on the path (null for the root itself). Nothing on a date the root did not exist.
 */
export const subtreeOnDatesSql = (
  rootParam: string,
  datesRelation: string,
  dateColumn: string,
): string => `
  SELECT d.${dateColumn} AS as_of, t.unit_id, t.branch_id
    FROM ${datesRelation} d
    JOIN unit_ancestries t ON t.ancestor_id = ${rootParam} AND ${versionInForce('t', `d.${dateColumn}`)}`;
