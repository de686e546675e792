import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signed certificates: the department's Ed25519 keys, the signature and printed template on each
 * certificate, each programme's certificate template (BDTT and QTNQ71 seeded), the rejection
 * reason of external records, and the log of public verification checks.
 */
export class CertificateSigning1795405390974 implements MigrationInterface {
  name = 'CertificateSigning1795405390974';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"verification_checks\" (\"id\" BIGSERIAL NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"channel\" character varying(16) NOT NULL, \"number_asked\" character varying(200), \"result\" character varying(24) NOT NULL, \"client_hash\" character varying(64) NOT NULL, CONSTRAINT \"PK_e1d6ccafeebe982067545c388f6\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_9aaf31ef1276d67d921f9e0518\" ON \"verification_checks\" (\"at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e0934784c83b32a7d55b739048\" ON \"verification_checks\" (\"client_hash\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"signing_keys\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"public_key\" text NOT NULL, \"private_key\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"retired_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_ab7d78cf6e61dc3904133b4cd55\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"certificate_templates\" (\"programme_id\" uuid NOT NULL, \"parent_body\" text NOT NULL, \"issuing_body\" text NOT NULL, \"document_title\" text NOT NULL, \"signer_authority\" text NOT NULL, \"signer_title\" text NOT NULL, \"signer_name\" text NOT NULL, \"place\" text NOT NULL, CONSTRAINT \"PK_e52501c74d490dd5bc354e2a107\" PRIMARY KEY (\"programme_id\"))");
    await queryRunner.query("ALTER TABLE \"certificates\" ADD \"rejection_reason\" text");
    await queryRunner.query("ALTER TABLE \"certificates\" ADD \"signing_key_id\" uuid");
    await queryRunner.query("ALTER TABLE \"certificates\" ADD \"signature\" text");
    await queryRunner.query("ALTER TABLE \"certificates\" ADD \"printed_template\" jsonb");
    await queryRunner.query("ALTER TABLE \"certificates\" ADD CONSTRAINT \"FK_7d426c77c6601ceb146994cc6fd\" FOREIGN KEY (\"signing_key_id\") REFERENCES \"signing_keys\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"certificate_templates\" ADD CONSTRAINT \"FK_e52501c74d490dd5bc354e2a107\" FOREIGN KEY (\"programme_id\") REFERENCES \"programmes\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // The printed fields of BDTT and QTNQ71 (the signer's name is a clear placeholder).
    await queryRunner.query(`
      INSERT INTO certificate_templates (programme_id, parent_body, issuing_body, document_title,
                                         signer_authority, signer_title, signer_name, place)
      SELECT id, 'UBND THÀNH PHỐ HẢI PHÒNG', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'GIẤY CHỨNG NHẬN',
             'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn Mẫu', 'Hải Phòng'
        FROM programmes WHERE code IN ('BDTT', 'QTNQ71')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"certificate_templates\" DROP CONSTRAINT \"FK_e52501c74d490dd5bc354e2a107\"");
    await queryRunner.query("ALTER TABLE \"certificates\" DROP CONSTRAINT \"FK_7d426c77c6601ceb146994cc6fd\"");
    await queryRunner.query("ALTER TABLE \"certificates\" DROP COLUMN \"printed_template\"");
    await queryRunner.query("ALTER TABLE \"certificates\" DROP COLUMN \"signature\"");
    await queryRunner.query("ALTER TABLE \"certificates\" DROP COLUMN \"signing_key_id\"");
    await queryRunner.query("ALTER TABLE \"certificates\" DROP COLUMN \"rejection_reason\"");
    await queryRunner.query("DROP TABLE \"certificate_templates\"");
    await queryRunner.query("DROP TABLE \"signing_keys\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e0934784c83b32a7d55b739048\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_9aaf31ef1276d67d921f9e0518\"");
    await queryRunner.query("DROP TABLE \"verification_checks\"");
  }
}
