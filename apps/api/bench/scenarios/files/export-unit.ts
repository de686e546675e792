import type { DataSource } from 'typeorm';
import { versionInForce } from '../../../src/common/scope/unit-tree.sql';

/** The roster date of the export: a day every scale's histories cover. */
export const EXPORT_AS_OF = '2026-11-01';

const TOPUP_PREFIX = 'BEXP';
const TOPUP_SCHOOL_PREFIX = 'BEXP-S';
const TOPUP_STAFF_PER_SCHOOL = 25;
const TOPUP_UNITS = `SELECT id FROM units WHERE code LIKE '${TOPUP_SCHOOL_PREFIX}%'`;

export interface ExportUnit {
  code: string;
  /** Rows of its roster on EXPORT_AS_OF (subtree), top-up included. */
  rows: number;
  /** Rows the seed gives; the rest are top-up rows this scenario added. */
  seededRows: number;
}

/** Each child of the root on EXPORT_AS_OF with the size of its subtree's roster that day. */
const childRosterSizes = (dataSource: DataSource): Promise<{ code: string; rows: number }[]> =>
  dataSource.query(
    `WITH RECURSIVE tree(unit_id, top_id) AS (
       SELECT v.unit_id, v.unit_id FROM unit_versions v
        WHERE v.parent_id = (SELECT id FROM units WHERE code = 'SGDDT') AND ${versionInForce('v', '$1')}
       UNION ALL
       SELECT c.unit_id, t.top_id FROM unit_versions c JOIN tree t ON c.parent_id = t.unit_id
        WHERE ${versionInForce('c', '$1')})
     SELECT u.code, count(a.id)::int AS rows
       FROM tree t
       JOIN units u ON u.id = t.top_id
       LEFT JOIN assignments a ON a.unit_id = t.unit_id AND a.start_date <= $1::date
            AND (a.end_date IS NULL OR a.end_date >= $1::date)
      WHERE u.code NOT LIKE 'BENCH%'
      GROUP BY u.code`,
    [EXPORT_AS_OF],
  );

/** Removes the top-up schools and their staff (left over by an interrupted run too). */
export async function removeExportTopUp(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(`DELETE FROM assignments WHERE unit_id IN (${TOPUP_UNITS})`);
    await manager.query(`DELETE FROM people WHERE staff_code LIKE '${TOPUP_PREFIX}0%'`);
    await manager.query(`DELETE FROM unit_versions WHERE unit_id IN (${TOPUP_UNITS})`);
    await manager.query(`DELETE FROM units WHERE id IN (${TOPUP_UNITS})`);
  });
}

/** Adds `count` staff in new schools under `parentCode`, in force on EXPORT_AS_OF. */
async function addTopUp(dataSource: DataSource, parentCode: string, count: number): Promise<void> {
  const schools = Math.ceil(count / TOPUP_STAFF_PER_SCHOOL);
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO units (code)
       SELECT $1 || lpad(g::text, 5, '0') FROM generate_series(1, $2::int) g`,
      [TOPUP_SCHOOL_PREFIX, schools],
    );
    await manager.query(
      `INSERT INTO unit_versions (unit_id, name, kind, parent_id, valid_from)
       SELECT u.id, 'Trường tiểu học ' || u.code, 'primary', p.id, '2020-01-01'
         FROM units u, units p WHERE u.code LIKE $1 || '%' AND p.code = $2`,
      [TOPUP_SCHOOL_PREFIX, parentCode],
    );
    await manager.query(
      `INSERT INTO people (staff_code, full_name, date_of_birth, gender)
       SELECT $1 || lpad(g::text, 7, '0'),
              (ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng','Vũ','Đặng','Bùi','Đỗ','Ngô'])[1 + g % 10]
              || ' ' || (ARRAY['Văn','Thị','Minh','Thu','Đức','Ngọc','Hải','Thanh'])[1 + (g / 10) % 8]
              || ' ' || (ARRAY['An','Bình','Châu','Dũng','Giang','Hà','Khánh','Lan','Phương','Quân',
                               'Sơn','Trang','Yến'])[1 + (g / 80) % 13],
              date '1965-01-01' + (g * 7919) % 12000,
              CASE WHEN g % 3 = 0 THEN 'male' ELSE 'female' END
         FROM generate_series(1, $2::int) g`,
      [TOPUP_PREFIX, count],
    );
    await manager.query(
      `INSERT INTO assignments (person_id, unit_id, position, is_communication_officer, start_date)
       SELECT p.id, u.id, 'Giáo viên', n % 15 = 0, '2024-09-05'
         FROM (SELECT id, substr(staff_code, 5)::int AS n FROM people
                WHERE staff_code LIKE $1 || '0%') p
         JOIN units u ON u.code = $2 || lpad((1 + (p.n - 1) / $3::int)::text, 5, '0')`,
      [TOPUP_PREFIX, TOPUP_SCHOOL_PREFIX, TOPUP_STAFF_PER_SCHOOL],
    );
  });
}

/**
 * The unit to export: among the root's children on EXPORT_AS_OF (the provinces), the smallest
 * whose subtree roster holds at least `wanted` rows; when none does, the largest, topped up with
 * schools of generated staff to `wanted` rows (removed by removeExportTopUp).
 */
export async function chooseExportUnit(
  dataSource: DataSource,
  wanted: number,
): Promise<ExportUnit> {
  await removeExportTopUp(dataSource);
  const sized = (await childRosterSizes(dataSource)).sort((a, b) => a.rows - b.rows);
  if (sized.length === 0) throw new Error('the bench database has no unit below SGDDT');
  const enough = sized.find((unit) => unit.rows >= wanted);
  if (enough) return { code: enough.code, rows: enough.rows, seededRows: enough.rows };
  const largest = sized[sized.length - 1];
  await addTopUp(dataSource, largest.code, wanted - largest.rows);
  return { code: largest.code, rows: wanted, seededRows: largest.rows };
}
