import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795404258942 implements MigrationInterface {
  name = 'InitialSchema1795404258942';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"programmes\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"code\" character varying(50) NOT NULL, \"name\" text NOT NULL, \"hours\" integer, \"validity_months\" integer, \"renewal_window_months\" integer, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_116b5f8dbb9f632d76bc144404f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_716cd216ca31adaa70e65bb189\" ON \"programmes\" (\"code\") ");
    await queryRunner.query("CREATE TABLE \"targets\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"code\" character varying(50) NOT NULL, \"name\" text NOT NULL, \"population\" character varying(32) NOT NULL, \"programme_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_87084f49e9de9dd6a3e83906584\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_10abe429844255c2e62389ac09\" ON \"targets\" (\"code\") ");
    await queryRunner.query("CREATE TABLE \"target_periods\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"target_id\" uuid NOT NULL, \"starts_on\" date NOT NULL, \"ends_on\" date NOT NULL, \"threshold_bp\" integer NOT NULL, CONSTRAINT \"CHK_9b9fe52cb3d85d46927376759b\" CHECK (\"threshold_bp\" BETWEEN 0 AND 10000), CONSTRAINT \"CHK_86b19898d86db92e448f699ee5\" CHECK (\"ends_on\" >= \"starts_on\"), CONSTRAINT \"PK_d527ffb81028e2873a2f72ccd20\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_2beddaea7cd527c8126ebb3629\" ON \"target_periods\" (\"target_id\", \"starts_on\") ");
    await queryRunner.query("CREATE TABLE \"people\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"staff_code\" character varying(50) NOT NULL, \"full_name\" text NOT NULL, \"date_of_birth\" date NOT NULL, \"gender\" character varying(16), \"email\" text, \"phone\" character varying(32), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_aa866e71353ee94c6cc51059c5b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_c40e8fb87f23d5a38221828afa\" ON \"people\" (\"staff_code\") ");
    await queryRunner.query("CREATE TABLE \"units\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"code\" character varying(50) NOT NULL, \"closed_on\" date, \"merged_into_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5a8f2f064919b587d93936cb223\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_47635c1ab22d02fc3ebae3608b\" ON \"units\" (\"code\") ");
    await queryRunner.query("CREATE TABLE \"assignments\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"person_id\" uuid NOT NULL, \"unit_id\" uuid NOT NULL, \"position\" text, \"is_communication_officer\" boolean NOT NULL DEFAULT false, \"start_date\" date NOT NULL, \"end_date\" date, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"CHK_469be4c1c538752fff1a836ceb\" CHECK (\"end_date\" IS NULL OR \"end_date\" >= \"start_date\"), CONSTRAINT \"PK_c54ca359535e0012b04dcbd80ee\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_168b30c895a423b88c904a0fa2\" ON \"assignments\" (\"unit_id\", \"start_date\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_94844b036aa9b9ab1458af0d20\" ON \"assignments\" (\"person_id\", \"unit_id\", \"start_date\") ");
    await queryRunner.query("CREATE TABLE \"unit_versions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"unit_id\" uuid NOT NULL, \"name\" text NOT NULL, \"kind\" character varying(32) NOT NULL, \"parent_id\" uuid, \"valid_from\" date NOT NULL, \"valid_to\" date, \"change\" character varying(16) NOT NULL DEFAULT 'created', \"created_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"unit_versions_no_overlap\" EXCLUDE USING gist (\"unit_id\" WITH =, daterange(\"valid_from\", \"valid_to\", '[)') WITH &&), CONSTRAINT \"PK_55686ce233321081a4e0f41da91\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_cc5e6fa4a928efd46a107bd972\" ON \"unit_versions\" (\"parent_id\", \"valid_from\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_ed7863f127429824669c7496db\" ON \"unit_versions\" (\"unit_id\", \"valid_from\") ");
    await queryRunner.query("CREATE TABLE \"refresh_tokens\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"family_id\" uuid NOT NULL, \"token_hash\" character(64) NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"replaced_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_7d8bee0204106019488c4c50ffa\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_3ddc983c5f7bcf132fd8732c3f\" ON \"refresh_tokens\" (\"user_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_d5e27da0cd39bc3bb2811fc8ba\" ON \"refresh_tokens\" (\"family_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_a7838d2ba25be1342091b6695f\" ON \"refresh_tokens\" (\"token_hash\") ");
    await queryRunner.query("CREATE TABLE \"audit_events\" (\"id\" BIGSERIAL NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"actor_user_id\" uuid, \"action\" character varying(64) NOT NULL, \"entity_type\" character varying(32) NOT NULL, \"entity_id\" text NOT NULL, \"details\" jsonb NOT NULL DEFAULT '{}', CONSTRAINT \"PK_910f64d901a5c3e9878f0d4a407\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_5c7623cfe8d008e1c1fd758fbc\" ON \"audit_events\" (\"entity_type\", \"entity_id\") ");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"username\" character varying(100) NOT NULL, \"password_hash\" text NOT NULL, \"display_name\" text NOT NULL, \"person_id\" uuid, \"status\" character varying(16) NOT NULL DEFAULT 'active', \"failed_login_count\" integer NOT NULL DEFAULT '0', \"locked_until\" TIMESTAMP WITH TIME ZONE, \"locale\" character varying(2) NOT NULL DEFAULT 'vi', \"must_change_password\" boolean NOT NULL DEFAULT false, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"REL_5ed72dcd00d6e5a88c6a6ba3d1\" UNIQUE (\"person_id\"), CONSTRAINT \"PK_a3ffb1c0c8416b9fc6f907b7433\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_fe0bb3f6520ee0469504521e71\" ON \"users\" (\"username\") ");
    await queryRunner.query("CREATE TABLE \"role_grants\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"role\" character varying(32) NOT NULL, \"unit_id\" uuid NOT NULL, \"granted_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"revoked_by\" uuid, CONSTRAINT \"PK_f7cf33da46b9f884f2d459e0eff\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_23ca24a09a007d62adc944e968\" ON \"role_grants\" (\"user_id\", \"role\", \"unit_id\") WHERE \"revoked_at\" IS NULL");
    await queryRunner.query("ALTER TABLE \"targets\" ADD CONSTRAINT \"FK_4981cd604a4c7c2d4f47d0eb24b\" FOREIGN KEY (\"programme_id\") REFERENCES \"programmes\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"target_periods\" ADD CONSTRAINT \"FK_ad4da9ab1a0bf308c7fe6618d67\" FOREIGN KEY (\"target_id\") REFERENCES \"targets\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"units\" ADD CONSTRAINT \"FK_e203fcb7e128120054cf6d2f99c\" FOREIGN KEY (\"merged_into_id\") REFERENCES \"units\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"assignments\" ADD CONSTRAINT \"FK_a5584450076fac60dcfdce36034\" FOREIGN KEY (\"person_id\") REFERENCES \"people\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"assignments\" ADD CONSTRAINT \"FK_23808c344842c98d087c9a3d12a\" FOREIGN KEY (\"unit_id\") REFERENCES \"units\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"unit_versions\" ADD CONSTRAINT \"FK_89c8a5a39617c04883757b1777a\" FOREIGN KEY (\"unit_id\") REFERENCES \"units\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"unit_versions\" ADD CONSTRAINT \"FK_67bb2f92878b09f7e8bed508fbe\" FOREIGN KEY (\"parent_id\") REFERENCES \"units\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"users\" ADD CONSTRAINT \"FK_5ed72dcd00d6e5a88c6a6ba3d18\" FOREIGN KEY (\"person_id\") REFERENCES \"people\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"role_grants\" ADD CONSTRAINT \"FK_2b1c3c28ffbc09b85170c655d4b\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"role_grants\" ADD CONSTRAINT \"FK_3d63c6a18fcacc7f6624c51a096\" FOREIGN KEY (\"unit_id\") REFERENCES \"units\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"role_grants\" DROP CONSTRAINT \"FK_3d63c6a18fcacc7f6624c51a096\"");
    await queryRunner.query("ALTER TABLE \"role_grants\" DROP CONSTRAINT \"FK_2b1c3c28ffbc09b85170c655d4b\"");
    await queryRunner.query("ALTER TABLE \"users\" DROP CONSTRAINT \"FK_5ed72dcd00d6e5a88c6a6ba3d18\"");
    await queryRunner.query("ALTER TABLE \"unit_versions\" DROP CONSTRAINT \"FK_67bb2f92878b09f7e8bed508fbe\"");
    await queryRunner.query("ALTER TABLE \"unit_versions\" DROP CONSTRAINT \"FK_89c8a5a39617c04883757b1777a\"");
    await queryRunner.query("ALTER TABLE \"assignments\" DROP CONSTRAINT \"FK_23808c344842c98d087c9a3d12a\"");
    await queryRunner.query("ALTER TABLE \"assignments\" DROP CONSTRAINT \"FK_a5584450076fac60dcfdce36034\"");
    await queryRunner.query("ALTER TABLE \"units\" DROP CONSTRAINT \"FK_e203fcb7e128120054cf6d2f99c\"");
    await queryRunner.query("ALTER TABLE \"target_periods\" DROP CONSTRAINT \"FK_ad4da9ab1a0bf308c7fe6618d67\"");
    await queryRunner.query("ALTER TABLE \"targets\" DROP CONSTRAINT \"FK_4981cd604a4c7c2d4f47d0eb24b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_23ca24a09a007d62adc944e968\"");
    await queryRunner.query("DROP TABLE \"role_grants\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_fe0bb3f6520ee0469504521e71\"");
    await queryRunner.query("DROP TABLE \"users\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_5c7623cfe8d008e1c1fd758fbc\"");
    await queryRunner.query("DROP TABLE \"audit_events\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a7838d2ba25be1342091b6695f\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d5e27da0cd39bc3bb2811fc8ba\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_3ddc983c5f7bcf132fd8732c3f\"");
    await queryRunner.query("DROP TABLE \"refresh_tokens\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ed7863f127429824669c7496db\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_cc5e6fa4a928efd46a107bd972\"");
    await queryRunner.query("DROP TABLE \"unit_versions\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_94844b036aa9b9ab1458af0d20\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_168b30c895a423b88c904a0fa2\"");
    await queryRunner.query("DROP TABLE \"assignments\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_47635c1ab22d02fc3ebae3608b\"");
    await queryRunner.query("DROP TABLE \"units\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c40e8fb87f23d5a38221828afa\"");
    await queryRunner.query("DROP TABLE \"people\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_2beddaea7cd527c8126ebb3629\"");
    await queryRunner.query("DROP TABLE \"target_periods\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_10abe429844255c2e62389ac09\"");
    await queryRunner.query("DROP TABLE \"targets\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_716cd216ca31adaa70e65bb189\"");
    await queryRunner.query("DROP TABLE \"programmes\"");
  }
}
