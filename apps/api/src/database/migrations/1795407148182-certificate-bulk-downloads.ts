import { MigrationInterface, QueryRunner } from 'typeorm';

export class CertificateBulkDownloads1795407148182 implements MigrationInterface {
  name = 'CertificateBulkDownloads1795407148182';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"certificate_bulk_downloads\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"requested_by\" uuid NOT NULL, \"unit_id\" uuid NOT NULL, \"filters\" jsonb NOT NULL, \"status\" character varying(16) NOT NULL DEFAULT 'queued', \"total\" integer NOT NULL DEFAULT '0', \"done\" integer NOT NULL DEFAULT '0', \"file_path\" text, \"error\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"finished_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"CHK_91afec58ba093432d1cb0b1dc9\" CHECK (\"status\" IN ('queued', 'running', 'done', 'failed')), CONSTRAINT \"PK_c3c7127defe322d2705cb84391e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_590622d4bcd222669c9da9d4e9\" ON \"certificate_bulk_downloads\" (\"requested_by\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"certificate_bulk_downloads\" ADD CONSTRAINT \"FK_d6e5801847a555b4837af839373\" FOREIGN KEY (\"requested_by\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"certificate_bulk_downloads\" ADD CONSTRAINT \"FK_0687496accf7b211a94ec56cd78\" FOREIGN KEY (\"unit_id\") REFERENCES \"units\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"certificate_bulk_downloads\" DROP CONSTRAINT \"FK_0687496accf7b211a94ec56cd78\"");
    await queryRunner.query("ALTER TABLE \"certificate_bulk_downloads\" DROP CONSTRAINT \"FK_d6e5801847a555b4837af839373\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_590622d4bcd222669c9da9d4e9\"");
    await queryRunner.query("DROP TABLE \"certificate_bulk_downloads\"");
  }
}
