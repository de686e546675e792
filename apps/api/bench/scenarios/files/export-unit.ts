import type { DataSource } from 'typeorm';
import { subtreeCte, versionInForce } from '../../../src/common/scope/unit-tree.sql';

/** The roster date of the export: a day every scale's histories cover. */
export const EXPORT_AS_OF = '2026-11-01';

const TOPUP_PREFIX = 'BEXP';

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

/** Removes the top-up staff (left over by an interrupted run too). */
export async function removeExportTopUp(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `DELETE FROM assignments WHERE person_id IN
         (SELECT id FROM people WHERE staff_code LIKE '${TOPUP_PREFIX}0%')`,
    );
    await manager.query(`DELETE FROM people WHERE staff_code LIKE '${TOPUP_PREFIX}0%'`);
  });
}

/**
 * Adds `count` generated staff, in force on EXPORT_AS_OF, spread over the schools that are below
 * `unitCode` that day (no new units: deleting units afterwards would be slow).
 */
async function addTopUp(dataSource: DataSource, unitCode: string, count: number): Promise<void> {
  await dataSource.transaction(async (manager) => {
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
      `WITH RECURSIVE ${subtreeCte('tree', '$3', '$4')},
       schools AS (
         SELECT t.unit_id, row_number() OVER (ORDER BY t.unit_id) - 1 AS n
           FROM tree t JOIN unit_versions v ON v.unit_id = t.unit_id AND ${versionInForce('v', '$4')}
          WHERE v.kind IN ('preschool', 'primary', 'lower_secondary', 'upper_secondary', 'multi_level')),
       school_count AS (SELECT count(*) AS total FROM schools)
       INSERT INTO assignments (person_id, unit_id, position, is_communication_officer, start_date)
       SELECT p.id, s.unit_id, 'Giáo viên', p.n % 15 = 0, '2024-09-05'
         FROM (SELECT id, substr(staff_code, $2::int)::int AS n FROM people
                WHERE staff_code LIKE $1 || '0%') p
         CROSS JOIN school_count c
         JOIN schools s ON s.n = p.n % c.total`,
      [TOPUP_PREFIX, TOPUP_PREFIX.length + 1, [await unitIdOf(dataSource, unitCode)], EXPORT_AS_OF],
    );
  });
}

const unitIdOf = async (dataSource: DataSource, code: string): Promise<string> =>
  (await dataSource.query(`SELECT id FROM units WHERE code = $1`, [code]))[0].id as string;

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
