import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { subtreeCte } from '../../../common/scope/unit-tree.sql';
import { unitExistsOn } from '../unit-version-on.sql';
import type {
  AssignmentChange,
  AssignmentState,
  NewAssignment,
  PersonState,
} from './staff-import.types';

export interface UnitOnDay {
  code: string;
  day: string;
  unitId: string | null;
  existsOnDay: boolean;
}

const ASSIGNMENT_STATE = `a.id, p.staff_code AS "staffCode", p.full_name AS "fullName",
  a.unit_id AS "unitId", u.code AS "unitCode", a.position,
  a.is_communication_officer AS "communicationOfficer",
  a.start_date::text AS "startDate", a.end_date::text AS "endDate"`;

/** The staff import's reads and set-based writes, always inside the import's transaction. */
@Injectable()
export class StaffImportRepository {
  /** Serialises staff imports, so two files never plan against the same stale state. */
  async lock(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('loa:staff-import'))`);
  }

  async unitsOnDays(
    manager: EntityManager,
    pairs: { code: string; day: string }[],
  ): Promise<UnitOnDay[]> {
    return manager.query(
      `SELECT x.code, x.day::text AS day, u.id AS "unitId",
              (u.id IS NOT NULL AND ${unitExistsOn('u.id', 'x.day')}) AS "existsOnDay"
         FROM (SELECT DISTINCT code, day FROM unnest($1::text[], $2::date[]) AS t(code, day)) x
         LEFT JOIN units u ON u.code = x.code`,
      [pairs.map((p) => p.code), pairs.map((p) => p.day)],
    );
  }

  async subtree(manager: EntityManager, rootId: string, day: string): Promise<Set<string>> {
    const rows: { unit_id: string }[] = await manager.query(
      `WITH RECURSIVE ${subtreeCte('tree', '$1', '$2')} SELECT unit_id FROM tree`,
      [[rootId], day],
    );
    return new Set(rows.map((r) => r.unit_id));
  }

  async people(manager: EntityManager, staffCodes: string[]): Promise<PersonState[]> {
    return manager.query(
      `SELECT id, staff_code AS "staffCode", full_name AS "fullName",
              date_of_birth::text AS "dateOfBirth", gender, email, phone
         FROM people WHERE staff_code = ANY($1::text[])`,
      [staffCodes],
    );
  }

  async assignmentsOf(manager: EntityManager, staffCodes: string[]): Promise<AssignmentState[]> {
    return manager.query(
      `SELECT ${ASSIGNMENT_STATE}
         FROM people p
         JOIN assignments a ON a.person_id = p.id
         JOIN units u ON u.id = a.unit_id
        WHERE p.staff_code = ANY($1::text[])`,
      [staffCodes],
    );
  }

  async inForce(
    manager: EntityManager,
    unitIds: string[],
    day: string,
  ): Promise<AssignmentState[]> {
    return manager.query(
      `SELECT ${ASSIGNMENT_STATE}
         FROM assignments a
         JOIN people p ON p.id = a.person_id
         JOIN units u ON u.id = a.unit_id
        WHERE a.unit_id = ANY($1::uuid[])
          AND a.start_date <= $2::date AND (a.end_date IS NULL OR a.end_date >= $2::date)
        ORDER BY p.full_name COLLATE "vi-x-icu", p.staff_code`,
      [unitIds, day],
    );
  }

  /** Creates or updates the people; returns the id of each, by staff code. */
  async upsertPeople(manager: EntityManager, people: PersonState[]): Promise<Map<string, string>> {
    if (people.length === 0) return new Map();
    const written: { id: string; staff_code: string }[] = await manager.query(
      `INSERT INTO people (staff_code, full_name, date_of_birth, gender, email, phone)
       SELECT * FROM unnest($1::varchar[], $2::text[], $3::date[], $4::varchar[], $5::text[],
                            $6::varchar[])
       ON CONFLICT (staff_code) DO UPDATE
          SET full_name = EXCLUDED.full_name, date_of_birth = EXCLUDED.date_of_birth,
              gender = EXCLUDED.gender, email = EXCLUDED.email, phone = EXCLUDED.phone,
              updated_at = now()
       RETURNING id, staff_code`,
      [
        people.map((p) => p.staffCode),
        people.map((p) => p.fullName),
        people.map((p) => p.dateOfBirth),
        people.map((p) => p.gender),
        people.map((p) => p.email),
        people.map((p) => p.phone),
      ],
    );
    return new Map(written.map((row) => [row.staff_code, row.id]));
  }

  /**
   * Inserts the assignments with their people's ids given (`personIds` by staff code), so no
   * join on the people table is needed, whatever its size.
   */
  async insertAssignments(
    manager: EntityManager,
    rows: NewAssignment[],
    personIds: ReadonlyMap<string, string>,
  ): Promise<void> {
    if (rows.length === 0) return;
    const personId = (row: NewAssignment): string => {
      const id = personIds.get(row.staffCode);
      if (!id) throw new Error(`no person id for staff code ${row.staffCode}`);
      return id;
    };
    await manager.query(
      `INSERT INTO assignments
              (person_id, unit_id, position, is_communication_officer, start_date, end_date)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::boolean[], $5::date[],
                            $6::date[])`,
      [
        rows.map(personId),
        rows.map((r) => r.unitId),
        rows.map((r) => r.position),
        rows.map((r) => r.communicationOfficer),
        rows.map((r) => r.startDate),
        rows.map((r) => r.endDate),
      ],
    );
  }

  async changeAssignments(manager: EntityManager, changes: AssignmentChange[]): Promise<void> {
    if (changes.length === 0) return;
    await manager.query(
      `UPDATE assignments a
          SET position = c.position, is_communication_officer = c.officer,
              end_date = c.end_date, updated_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::boolean[], $4::date[])
              AS c(id, position, officer, end_date)
        WHERE a.id = c.id`,
      [
        changes.map((c) => c.id),
        changes.map((c) => c.position),
        changes.map((c) => c.communicationOfficer),
        changes.map((c) => c.endDate),
      ],
    );
  }

  async endAssignments(manager: EntityManager, ids: string[], endDate: string): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(
      `UPDATE assignments SET end_date = $2::date, updated_at = now() WHERE id = ANY($1::uuid[])`,
      [ids, endDate],
    );
  }
}
