import { MigrationInterface, QueryRunner } from 'typeorm';

export class CertificateReplacesIndex1795415592210 implements MigrationInterface {
  name = 'CertificateReplacesIndex1795415592210';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"IDX_8cd845c7ec175ab17f064e1e98\" ON \"certificates\" (\"replaces_id\") WHERE \"replaces_id\" IS NOT NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_8cd845c7ec175ab17f064e1e98\"");
  }
}
