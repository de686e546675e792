import { MigrationInterface, QueryRunner } from 'typeorm';

/** btree_gist lets one exclusion constraint mix equality on ids with overlap of date ranges. */
export class Extensions1795400000000 implements MigrationInterface {
  name = 'Extensions1795400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP EXTENSION IF EXISTS btree_gist');
  }
}
