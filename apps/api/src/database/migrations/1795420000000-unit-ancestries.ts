import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `unit_ancestries`: the effective-dated closure of the unit tree, so that a unit's subtree on a
 * date is one index range instead of a recursive walk. One row says that from `valid_from`
 * (inclusive) to `valid_to` (exclusive, null: still so) `unit_id` hangs at or below
 * `ancestor_id`, through `branch_id`, the unit directly below the ancestor on that path (null for
 * the unit itself). It is derived from `unit_versions` only: triggers on that table rebuild the
 * rows of every unit whose ancestry a statement may have changed (the units it wrote and every
 * unit that ever hung below them), in the writing transaction, whoever writes (a rename that
 * keeps a version's parent and dates changes nothing here). An advisory lock
 * makes concurrent tree writes rebuild one after the other, each from the other's committed rows.
 */
export class UnitAncestries1795420000000 implements MigrationInterface {
  name = 'UnitAncestries1795420000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "unit_ancestries" (
        "unit_id" uuid NOT NULL,
        "ancestor_id" uuid NOT NULL,
        "branch_id" uuid,
        "valid_from" date NOT NULL,
        "valid_to" date
      )`);
    await queryRunner.query(
      'CREATE INDEX "IDX_unit_ancestries_by_ancestor" ON "unit_ancestries" ("ancestor_id") INCLUDE ("unit_id", "branch_id", "valid_from", "valid_to")',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_unit_ancestries_by_unit" ON "unit_ancestries" ("unit_id")',
    );
    await queryRunner.query(`
      CREATE FUNCTION rebuild_unit_ancestries(changed uuid[]) RETURNS void
      LANGUAGE sql AS $$
        WITH affected AS (
          SELECT unnest(changed) AS unit_id
          UNION
          SELECT a.unit_id FROM unit_ancestries a WHERE a.ancestor_id = ANY(changed)
        ),
        removed AS (
          DELETE FROM unit_ancestries a USING affected f WHERE a.unit_id = f.unit_id
        )
        INSERT INTO unit_ancestries (unit_id, ancestor_id, branch_id, valid_from, valid_to)
        WITH RECURSIVE up(unit_id, ancestor_id, branch_id, valid_from, valid_to) AS (
          SELECT v.unit_id, v.unit_id, NULL::uuid, v.valid_from, v.valid_to
            FROM unit_versions v JOIN affected f ON f.unit_id = v.unit_id
          UNION
          SELECT u.unit_id, p.parent_id, u.ancestor_id,
                 GREATEST(u.valid_from, p.valid_from),
                 CASE WHEN u.valid_to IS NULL THEN p.valid_to
                      WHEN p.valid_to IS NULL THEN u.valid_to
                      ELSE LEAST(u.valid_to, p.valid_to) END
            FROM up u
            JOIN unit_versions p ON p.unit_id = u.ancestor_id AND p.parent_id IS NOT NULL
             AND p.valid_from < COALESCE(u.valid_to, 'infinity')
             AND u.valid_from < COALESCE(p.valid_to, 'infinity')
        )
        SELECT unit_id, ancestor_id, branch_id, valid_from, valid_to FROM up
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION unit_versions_rebuild_ancestries() RETURNS trigger
      LANGUAGE plpgsql AS $$
      DECLARE
        changed uuid[];
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('unit_ancestries'));
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(DISTINCT unit_id) INTO changed FROM new_versions;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(DISTINCT unit_id) INTO changed FROM old_versions;
        ELSE
          SELECT array_agg(DISTINCT x.unit_id) INTO changed
            FROM old_versions o JOIN new_versions n ON n.id = o.id,
                 LATERAL (VALUES (o.unit_id), (n.unit_id)) x(unit_id)
           WHERE (o.unit_id, o.parent_id, o.valid_from, o.valid_to)
                 IS DISTINCT FROM (n.unit_id, n.parent_id, n.valid_from, n.valid_to);
        END IF;
        IF changed IS NOT NULL THEN
          PERFORM rebuild_unit_ancestries(changed);
        END IF;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION unit_versions_truncate_ancestries() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE unit_ancestries;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER unit_versions_ancestries_insert AFTER INSERT ON unit_versions
         REFERENCING NEW TABLE AS new_versions
         FOR EACH STATEMENT EXECUTE FUNCTION unit_versions_rebuild_ancestries()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER unit_versions_ancestries_update AFTER UPDATE ON unit_versions
         REFERENCING OLD TABLE AS old_versions NEW TABLE AS new_versions
         FOR EACH STATEMENT EXECUTE FUNCTION unit_versions_rebuild_ancestries()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER unit_versions_ancestries_delete AFTER DELETE ON unit_versions
         REFERENCING OLD TABLE AS old_versions
         FOR EACH STATEMENT EXECUTE FUNCTION unit_versions_rebuild_ancestries()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER unit_versions_ancestries_truncate AFTER TRUNCATE ON unit_versions
         FOR EACH STATEMENT EXECUTE FUNCTION unit_versions_truncate_ancestries()`,
    );
    await queryRunner.query(
      'SELECT rebuild_unit_ancestries(ARRAY(SELECT DISTINCT unit_id FROM unit_versions))',
    );
    await queryRunner.query('ANALYZE unit_ancestries');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER unit_versions_ancestries_truncate ON unit_versions');
    await queryRunner.query('DROP TRIGGER unit_versions_ancestries_delete ON unit_versions');
    await queryRunner.query('DROP TRIGGER unit_versions_ancestries_update ON unit_versions');
    await queryRunner.query('DROP TRIGGER unit_versions_ancestries_insert ON unit_versions');
    await queryRunner.query('DROP FUNCTION unit_versions_truncate_ancestries()');
    await queryRunner.query('DROP FUNCTION unit_versions_rebuild_ancestries()');
    await queryRunner.query('DROP FUNCTION rebuild_unit_ancestries(uuid[])');
    await queryRunner.query('DROP TABLE "unit_ancestries"');
  }
}
