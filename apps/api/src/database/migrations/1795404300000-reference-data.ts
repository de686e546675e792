import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reference data every Loa database holds, demo or not (contract.md): the root unit,
 * the programmes BDTT and QTNQ71 and the targets CBTT and NQ71 with their periods.
 * The department edits them afterwards; this only seeds a fresh database.
 */
export class ReferenceData1795404300000 implements MigrationInterface {
  name = 'ReferenceData1795404300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      WITH root AS (INSERT INTO units (code) VALUES ('SGDDT') RETURNING id)
      INSERT INTO unit_versions (unit_id, name, kind, parent_id, valid_from, change)
      SELECT id, 'Sở Giáo dục và Đào tạo', 'department', NULL, '1900-01-01', 'created' FROM root`);
    await queryRunner.query(`
      INSERT INTO programmes (code, name, hours, validity_months, renewal_window_months) VALUES
        ('BDTT', 'Bồi dưỡng kỹ năng truyền thông', NULL, 24, 3),
        ('QTNQ71', 'Quán triệt Nghị quyết 71-NQ/TW', NULL, NULL, NULL)`);
    await queryRunner.query(`
      INSERT INTO targets (code, name, population, programme_id)
      SELECT 'CBTT', 'Cán bộ làm công tác truyền thông được bồi dưỡng thường xuyên',
             'communication_officers', id FROM programmes WHERE code = 'BDTT'
      UNION ALL
      SELECT 'NQ71', 'Cán bộ, công chức, viên chức, người lao động được quán triệt Nghị quyết 71-NQ/TW',
             'all_staff', id FROM programmes WHERE code = 'QTNQ71'`);
    await queryRunner.query(`
      INSERT INTO target_periods (target_id, starts_on, ends_on, threshold_bp)
      SELECT t.id, p.starts_on::date, p.ends_on::date, p.threshold_bp
      FROM targets t
      JOIN (VALUES
        ('CBTT', '2026-01-01', '2030-12-31', 7000),
        ('CBTT', '2031-01-01', '2035-12-31', 10000),
        ('NQ71', '2026-01-01', '2030-12-31', 10000)
      ) AS p(code, starts_on, ends_on, threshold_bp) ON p.code = t.code`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM target_periods`);
    await queryRunner.query(`DELETE FROM targets WHERE code IN ('CBTT', 'NQ71')`);
    await queryRunner.query(`DELETE FROM programmes WHERE code IN ('BDTT', 'QTNQ71')`);
    await queryRunner.query(
      `DELETE FROM unit_versions WHERE unit_id = (SELECT id FROM units WHERE code = 'SGDDT')`,
    );
    await queryRunner.query(`DELETE FROM units WHERE code = 'SGDDT'`);
  }
}
