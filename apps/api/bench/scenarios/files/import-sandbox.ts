import type { DataSource } from 'typeorm';

/**
 * A unit subtree of the bench database that only the roster-import scenario touches: the
 * department unit BENCH-IMPORT under the root, its schools, and the people already working
 * there before the file arrives. Every run of the import starts from this same state.
 */
export interface ImportSandbox {
  rootCode: string;
  schoolCodes: string[];
  /** The people already on the roster (staff code → school index), in code order. */
  existingCount: number;
  /** The day the file is the whole roster of. */
  asOf: string;
}

export const SANDBOX_ROOT = 'BENCH-IMPORT';
/** Staff codes of people on the roster before the import. */
export const EXISTING_PREFIX = 'BIMP-E';
/** Staff codes of the people the file brings. */
export const NEW_PREFIX = 'BIMP-N';
const SCHOOL_PREFIX = 'BIMP-S';
const UNITS_FROM = '2020-01-01';
/** The one day a closed sandbox unit existed. */
const CLOSED_FROM = '2019-12-31';
const BASELINE_START = '2024-09-05';
export const IMPORT_AS_OF = '2026-09-05';
/** About a school's staff, as in the seed. */
const STAFF_PER_SCHOOL = 25;

export const staffCode = (prefix: string, index: number): string =>
  `${prefix}${String(index).padStart(7, '0')}`;
export const schoolCode = (index: number): string =>
  `${SCHOOL_PREFIX}${String(index).padStart(5, '0')}`;

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu', 'Đức', 'Ngọc', 'Hải', 'Thanh'];
const GIVEN = [
  'An',
  'Bình',
  'Châu',
  'Dũng',
  'Giang',
  'Hà',
  'Khánh',
  'Lan',
  'Phương',
  'Quân',
  'Sơn',
  'Trang',
  'Yến',
];
export const POSITIONS = [
  'Giáo viên',
  'Hiệu trưởng',
  'Phó hiệu trưởng',
  'Nhân viên văn phòng',
  'Kế toán',
];

/** What the roster holds about person `index` of a prefix: deterministic, so files match. */
export function personFacts(prefix: string, index: number) {
  const seed = index + (prefix === NEW_PREFIX ? 7919 : 0);
  const year = 1965 + (seed % 35);
  const month = 1 + (seed % 12);
  const day = 1 + (seed % 28);
  return {
    staffCode: staffCode(prefix, index),
    fullName: `${FAMILY[seed % FAMILY.length]} ${MIDDLE[(seed >> 2) % MIDDLE.length]} ${GIVEN[(seed >> 4) % GIVEN.length]}`,
    dateOfBirth: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    gender: seed % 3 === 0 ? 'male' : 'female',
    position: POSITIONS[seed % POSITIONS.length],
    communicationOfficer: seed % 15 === 0,
  };
}

/**
 * Sizes of a file of `rows` rows: 30 % existing people unchanged, 5 % moved to another school,
 * 5 % newly (un)designated as communication officer, 60 % new people; 2 % more of the stored
 * roster is not in the file, so it ends (departures).
 */
export function sandboxPlan(rows: number) {
  const unchanged = Math.round(rows * 0.3);
  const moved = Math.round(rows * 0.05);
  const redesignated = Math.round(rows * 0.05);
  const listedExisting = unchanged + moved + redesignated;
  const departed = Math.round(rows * 0.02);
  return {
    unchanged,
    moved,
    redesignated,
    newPeople: rows - listedExisting,
    departed,
    existing: listedExisting + departed,
    schools: Math.max(2, Math.ceil(rows / STAFF_PER_SCHOOL)),
  };
}

const SANDBOX_UNITS = `SELECT id FROM units WHERE code = '${SANDBOX_ROOT}' OR code LIKE '${SCHOOL_PREFIX}%'`;

/**
 * Removes the people and assignments the scenario created (left over by an interrupted run
 * too). The units stay, closed since 2020 so that no date anyone asks about shows them:
 * deleting thousands of units would make PostgreSQL check every table that refers to units
 * once per unit (minutes at national scale).
 */
export async function removeImportSandbox(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(`DELETE FROM assignments WHERE unit_id IN (${SANDBOX_UNITS})`);
    await manager.query(
      `DELETE FROM people WHERE staff_code LIKE '${EXISTING_PREFIX}%' OR staff_code LIKE '${NEW_PREFIX}%'`,
    );
    await manager.query(
      `DELETE FROM audit_events WHERE entity_type = 'staff_import' AND entity_id = $1`,
      [SANDBOX_ROOT],
    );
    await manager.query(`DELETE FROM unit_versions WHERE unit_id IN (${SANDBOX_UNITS})`);
    await manager.query(
      `INSERT INTO unit_versions (unit_id, name, kind, parent_id, valid_from, valid_to)
       SELECT u.id, 'Đơn vị benchmark (đã đóng)', 'other', r.id, $1::date, $2::date
         FROM units u, units r WHERE u.id IN (${SANDBOX_UNITS}) AND r.code = 'SGDDT'`,
      [CLOSED_FROM, UNITS_FROM],
    );
    await manager.query(`UPDATE units SET closed_on = $1::date WHERE id IN (${SANDBOX_UNITS})`, [
      UNITS_FROM,
    ]);
  });
}

/** Creates the subtree and the roster before the import, set-based. */
export async function createImportSandbox(
  dataSource: DataSource,
  rows: number,
): Promise<ImportSandbox> {
  await removeImportSandbox(dataSource);
  const plan = sandboxPlan(rows);
  const schoolCodes = Array.from({ length: plan.schools }, (_, i) => schoolCode(i));
  const people = Array.from({ length: plan.existing }, (_, i) => personFacts(EXISTING_PREFIX, i));
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO units (code) SELECT unnest($1::text[]) ON CONFLICT (code) DO NOTHING`,
      [[SANDBOX_ROOT, ...schoolCodes]],
    );
    // Units of earlier runs are reopened: their closed version goes, a current one comes.
    await manager.query(`DELETE FROM unit_versions WHERE unit_id IN (${SANDBOX_UNITS})`);
    await manager.query(`UPDATE units SET closed_on = NULL WHERE id IN (${SANDBOX_UNITS})`);
    await manager.query(
      `INSERT INTO unit_versions (unit_id, name, kind, parent_id, valid_from)
       SELECT u.id, 'Phòng benchmark nhập danh sách', 'department', r.id, $1::date
         FROM units u, units r WHERE u.code = $2 AND r.code = 'SGDDT'`,
      [UNITS_FROM, SANDBOX_ROOT],
    );
    await manager.query(
      `INSERT INTO unit_versions (unit_id, name, kind, parent_id, valid_from)
       SELECT u.id, 'Trường tiểu học ' || s.code, 'primary', r.id, $1::date
         FROM unnest($2::text[]) AS s(code)
         JOIN units u ON u.code = s.code, units r
        WHERE r.code = $3`,
      [UNITS_FROM, schoolCodes, SANDBOX_ROOT],
    );
    await manager.query(
      `INSERT INTO people (staff_code, full_name, date_of_birth, gender)
       SELECT * FROM unnest($1::varchar[], $2::text[], $3::date[], $4::varchar[])`,
      [
        people.map((p) => p.staffCode),
        people.map((p) => p.fullName),
        people.map((p) => p.dateOfBirth),
        people.map((p) => p.gender),
      ],
    );
    await manager.query(
      `INSERT INTO assignments (person_id, unit_id, position, is_communication_officer, start_date)
       SELECT p.id, u.id, x.position, x.officer, $5::date
         FROM unnest($1::varchar[], $2::text[], $3::text[], $4::boolean[])
              AS x(staff_code, school, position, officer)
         JOIN people p ON p.staff_code = x.staff_code
         JOIN units u ON u.code = x.school`,
      [
        people.map((p) => p.staffCode),
        people.map((_, i) => schoolCodes[i % plan.schools]),
        people.map((p) => p.position),
        people.map((p) => p.communicationOfficer),
        BASELINE_START,
      ],
    );
  });
  return { rootCode: SANDBOX_ROOT, schoolCodes, existingCount: plan.existing, asOf: IMPORT_AS_OF };
}

/** Undoes one import of the file: the roster is back as createImportSandbox left it (untimed). */
export async function resetImportSandbox(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `DELETE FROM assignments WHERE unit_id IN (${SANDBOX_UNITS}) AND start_date > $1::date`,
      [BASELINE_START],
    );
    await manager.query(
      `UPDATE assignments SET end_date = NULL
        WHERE unit_id IN (${SANDBOX_UNITS}) AND end_date IS NOT NULL`,
    );
    await manager.query(`DELETE FROM people WHERE staff_code LIKE '${NEW_PREFIX}%'`);
    await manager.query(
      `DELETE FROM audit_events WHERE entity_type = 'staff_import' AND entity_id = $1`,
      [SANDBOX_ROOT],
    );
  });
  // The deleted rows would otherwise pile up run after run in the tables and their indexes,
  // so each import would meet a worse state than the one before.
  await dataSource.query('VACUUM people, assignments');
}
