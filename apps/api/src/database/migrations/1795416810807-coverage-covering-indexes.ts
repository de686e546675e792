import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Covering indexes for the coverage engine (CoverageQuery), declared on the entities with
 * `synchronize: false` because TypeORM cannot express INCLUDE: officers' assignments by unit, and
 * approved certificates by person and programme, each read without touching the table.
 */
export class CoverageCoveringIndexes1795416810807 implements MigrationInterface {
  name = 'CoverageCoveringIndexes1795416810807';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "IDX_assignments_officers_by_unit" ON "assignments" ("unit_id") INCLUDE ("person_id", "start_date", "end_date") WHERE "is_communication_officer"',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_certificates_approved_by_person" ON "certificates" ("person_id", "programme_id") INCLUDE ("issued_on", "expires_on", "revoked_on") WHERE "approval" = \'approved\'',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_certificates_approved_by_person"');
    await queryRunner.query('DROP INDEX "public"."IDX_assignments_officers_by_unit"');
  }
}
