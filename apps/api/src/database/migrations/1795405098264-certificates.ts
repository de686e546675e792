import { MigrationInterface, QueryRunner } from 'typeorm';

export class Certificates1795405098264 implements MigrationInterface {
  name = 'Certificates1795405098264';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"certificates\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"number\" character varying(80) NOT NULL, \"series_year\" integer, \"series_no\" integer, \"person_id\" uuid NOT NULL, \"programme_id\" uuid NOT NULL, \"unit_id\" uuid, \"holder_name\" text NOT NULL, \"holder_date_of_birth\" date NOT NULL, \"hours\" integer, \"result\" text, \"issued_on\" date NOT NULL, \"expires_on\" date, \"source\" character varying(16) NOT NULL, \"provider\" text, \"approval\" character varying(16) NOT NULL DEFAULT 'approved', \"approved_by\" uuid, \"approved_at\" TIMESTAMP WITH TIME ZONE, \"evidence_file\" text, \"revoked_on\" date, \"revocation_reason\" text, \"revoked_by\" uuid, \"replaces_id\" uuid, \"renews_id\" uuid, \"created_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"CHK_abde90e3460890833a721cc1a9\" CHECK (\"expires_on\" IS NULL OR \"expires_on\" >= \"issued_on\"), CONSTRAINT \"PK_e4c7e31e2144300bea7d89eb165\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_8b379f595aea96c9406c5a4490\" ON \"certificates\" (\"number\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_8b9d36795a2fb1694faf2587e4\" ON \"certificates\" (\"series_year\", \"series_no\") WHERE \"series_no\" IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"IDX_c8463b4759d28a3c1d0d56e2d4\" ON \"certificates\" (\"programme_id\", \"issued_on\") ");
    await queryRunner.query("CREATE INDEX \"IDX_829e9e691c170980fa1b55175c\" ON \"certificates\" (\"person_id\", \"programme_id\", \"issued_on\") ");
    await queryRunner.query("CREATE TABLE \"certificate_counters\" (\"year\" integer NOT NULL, \"last_no\" integer NOT NULL, CONSTRAINT \"PK_ec69457dd807da681663df7052f\" PRIMARY KEY (\"year\"))");
    await queryRunner.query("ALTER TABLE \"certificates\" ADD CONSTRAINT \"FK_9696c8b7dadbc4ecbac152053a7\" FOREIGN KEY (\"person_id\") REFERENCES \"people\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"certificates\" ADD CONSTRAINT \"FK_d0223d78a84cb9652eeffa5a095\" FOREIGN KEY (\"programme_id\") REFERENCES \"programmes\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"certificates\" ADD CONSTRAINT \"FK_925e28334eff3d7b5ddeb3313d3\" FOREIGN KEY (\"unit_id\") REFERENCES \"units\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"certificates\" ADD CONSTRAINT \"FK_1855b64447c137ba85c24280638\" FOREIGN KEY (\"replaces_id\") REFERENCES \"certificates\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"certificates\" ADD CONSTRAINT \"FK_c1715bfb8ff36d73df2c8b9dbd0\" FOREIGN KEY (\"renews_id\") REFERENCES \"certificates\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"certificates\" DROP CONSTRAINT \"FK_c1715bfb8ff36d73df2c8b9dbd0\"");
    await queryRunner.query("ALTER TABLE \"certificates\" DROP CONSTRAINT \"FK_1855b64447c137ba85c24280638\"");
    await queryRunner.query("ALTER TABLE \"certificates\" DROP CONSTRAINT \"FK_925e28334eff3d7b5ddeb3313d3\"");
    await queryRunner.query("ALTER TABLE \"certificates\" DROP CONSTRAINT \"FK_d0223d78a84cb9652eeffa5a095\"");
    await queryRunner.query("ALTER TABLE \"certificates\" DROP CONSTRAINT \"FK_9696c8b7dadbc4ecbac152053a7\"");
    await queryRunner.query("DROP TABLE \"certificate_counters\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_829e9e691c170980fa1b55175c\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c8463b4759d28a3c1d0d56e2d4\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_8b9d36795a2fb1694faf2587e4\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_8b379f595aea96c9406c5a4490\"");
    await queryRunner.query("DROP TABLE \"certificates\"");
  }
}
