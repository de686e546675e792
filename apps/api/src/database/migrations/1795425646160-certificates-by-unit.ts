import { MigrationInterface, QueryRunner } from 'typeorm';

export class CertificatesByUnit1795425646160 implements MigrationInterface {
  name = 'CertificatesByUnit1795425646160';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"IDX_6fdbf4c71f7b471d53ed4bc875\" ON \"certificates\" (\"unit_id\", \"issued_on\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6fdbf4c71f7b471d53ed4bc875\"");
  }
}
