/**
 * A LATERAL subquery giving `name` and `kind` of the unit `unitIdExpr` as they were on
 * `dateExpr`: the version in force then, else (the unit did not exist yet) its first version.
 */
export const unitVersionOn = (unitIdExpr: string, dateExpr: string): string => `
  SELECT v.name, v.kind FROM unit_versions v
   WHERE v.unit_id = ${unitIdExpr}
   ORDER BY (v.valid_from <= ${dateExpr}::date) DESC,
            CASE WHEN v.valid_from <= ${dateExpr}::date THEN v.valid_from END DESC NULLS LAST,
            v.valid_from
   LIMIT 1`;

/** True when the unit `unitIdExpr` exists (has a version in force) on `dateExpr`. */
export const unitExistsOn = (unitIdExpr: string, dateExpr: string): string => `
  EXISTS (SELECT 1 FROM unit_versions ev
           WHERE ev.unit_id = ${unitIdExpr} AND ev.valid_from <= ${dateExpr}::date
             AND (ev.valid_to IS NULL OR ev.valid_to > ${dateExpr}::date))`;
