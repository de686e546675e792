import { MigrationInterface, QueryRunner } from 'typeorm';

export class Reports1795407183426 implements MigrationInterface {
  name = 'Reports1795407183426';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"report_periods\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"code\" character varying(50) NOT NULL, \"kind\" character varying(20) NOT NULL, \"year\" integer NOT NULL, \"title\" text NOT NULL, \"starts_on\" date NOT NULL, \"cutoff_on\" date NOT NULL, \"due_on\" date NOT NULL, \"opens_on\" date NOT NULL, \"required_unit_kinds\" text array NOT NULL, \"created_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"CHK_991652863ee74db68c049da912\" CHECK (\"starts_on\" <= \"cutoff_on\"), CONSTRAINT \"CHK_163645c1035cd5a09d9a02f4ae\" CHECK (\"kind\" IN ('half_year', 'annual')), CONSTRAINT \"PK_34f04b6b0305ac18943288bae8f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_caf9ac6dea6054471087ecc451\" ON \"report_periods\" (\"code\") ");
    await queryRunner.query("CREATE TABLE \"unit_reports\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"period_id\" uuid NOT NULL, \"unit_id\" uuid NOT NULL, \"version\" integer NOT NULL, \"status\" character varying(20) NOT NULL, \"figures\" jsonb NOT NULL, \"narrative\" jsonb NOT NULL, \"content_hash\" character(64), \"submitted_at\" TIMESTAMP WITH TIME ZONE, \"submitted_by_id\" uuid, \"reviewed_at\" TIMESTAMP WITH TIME ZONE, \"reviewed_by_id\" uuid, \"review_comment\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"CHK_815d9341f080d2ad326ed3bd62\" CHECK (\"version\" >= 1), CONSTRAINT \"CHK_f724d294b95c55ecb1a57c3756\" CHECK (\"status\" IN ('draft', 'submitted', 'returned', 'accepted')), CONSTRAINT \"PK_8517e9097cbda5e2fa97408fa3c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_0cc37dde9a929245a5ae51c83f\" ON \"unit_reports\" (\"period_id\", \"unit_id\", \"version\") ");
    await queryRunner.query("ALTER TABLE \"report_periods\" ADD CONSTRAINT \"FK_6b871d1fe99d1f5d89f800ef6ba\" FOREIGN KEY (\"created_by_id\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"unit_reports\" ADD CONSTRAINT \"FK_011a7ebfc97bc6435d76085dff1\" FOREIGN KEY (\"period_id\") REFERENCES \"report_periods\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"unit_reports\" ADD CONSTRAINT \"FK_b0c1994759b606902d9343b32a0\" FOREIGN KEY (\"unit_id\") REFERENCES \"units\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"unit_reports\" ADD CONSTRAINT \"FK_d6a0ccd0e7eeb188e2492ef859b\" FOREIGN KEY (\"submitted_by_id\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"unit_reports\" ADD CONSTRAINT \"FK_a6f043d1919f8e6739d7604bcdf\" FOREIGN KEY (\"reviewed_by_id\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"unit_reports\" DROP CONSTRAINT \"FK_a6f043d1919f8e6739d7604bcdf\"");
    await queryRunner.query("ALTER TABLE \"unit_reports\" DROP CONSTRAINT \"FK_d6a0ccd0e7eeb188e2492ef859b\"");
    await queryRunner.query("ALTER TABLE \"unit_reports\" DROP CONSTRAINT \"FK_b0c1994759b606902d9343b32a0\"");
    await queryRunner.query("ALTER TABLE \"unit_reports\" DROP CONSTRAINT \"FK_011a7ebfc97bc6435d76085dff1\"");
    await queryRunner.query("ALTER TABLE \"report_periods\" DROP CONSTRAINT \"FK_6b871d1fe99d1f5d89f800ef6ba\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_0cc37dde9a929245a5ae51c83f\"");
    await queryRunner.query("DROP TABLE \"unit_reports\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_caf9ac6dea6054471087ecc451\"");
    await queryRunner.query("DROP TABLE \"report_periods\"");
  }
}
