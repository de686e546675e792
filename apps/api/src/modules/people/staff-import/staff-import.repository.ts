import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ASSIGNMENT_COPY_TARGET, copyInto } from '../../../common/copy-into';
import { timeOrderedIds } from '../../../common/time-ordered-id';
import { subtreeCte } from '../../../common/scope/unit-tree.sql';
import { unitExistsOn } from '../unit-version-on.sql';
import type {
  AssignmentChange,
  AssignmentState,
  NewAssignment,
  PersonState,
} from './staff-import.types';

/** A stored assignment as assignmentsAtUnits reads it: its person by id only. */
export interface UnitAssignment extends Omit<
  AssignmentState,
  'staffCode' | 'fullName' | 'unitCode'
> {
  personId: string;
}

export interface PersonName {
  id: string;
  staffCode: string;
  fullName: string;
}

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

/** The ids given, and a new time-ordered id wherever none is. */
function withNewIds(ids: (string | null)[]): string[] {
  const fresh = timeOrderedIds(ids.filter((id) => id === null).length);
  return ids.map((id) => id ?? fresh.pop()!);
}

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

  /** The units of the subtree of `rootId` on `day`, their codes by id. */
  async subtree(manager: EntityManager, rootId: string, day: string): Promise<Map<string, string>> {
    const rows: { id: string; code: string }[] = await manager.query(
      `WITH RECURSIVE ${subtreeCte('tree', '$1', '$2')}
       SELECT u.id, u.code FROM tree JOIN units u ON u.id = tree.unit_id`,
      [[rootId], day],
    );
    return new Map(rows.map((r) => [r.id, r.code]));
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

  /**
   * Every stored assignment, past or present, at the given units, read through the index on
   * unit_id: for a snapshot, the only assignments its rows can meet or end.
   */
  async assignmentsAtUnits(manager: EntityManager, unitIds: string[]): Promise<UnitAssignment[]> {
    return manager.query(
      `SELECT a.id, a.person_id AS "personId", a.unit_id AS "unitId", a.position,
              a.is_communication_officer AS "communicationOfficer",
              a.start_date::text AS "startDate", a.end_date::text AS "endDate"
         FROM assignments a
        WHERE a.unit_id = ANY($1::uuid[])`,
      [unitIds],
    );
  }

  /** Staff code and name of the people with these ids, through the primary key. */
  async namesOf(manager: EntityManager, personIds: string[]): Promise<PersonName[]> {
    if (personIds.length === 0) return [];
    return manager.query(
      `SELECT p.id, p.staff_code AS "staffCode", p.full_name AS "fullName"
         FROM unnest($1::uuid[]) AS x(id) JOIN people p ON p.id = x.id`,
      [personIds],
    );
  }

  /**
   * Creates or updates the people; returns the id of each, by staff code. New people get
   * time-ordered ids, so thirty thousand of them touch a few pages of the primary key.
   */
  async upsertPeople(manager: EntityManager, people: PersonState[]): Promise<Map<string, string>> {
    if (people.length === 0) return new Map();
    const written: { id: string; staff_code: string }[] = await manager.query(
      `INSERT INTO people (id, staff_code, full_name, date_of_birth, gender, email, phone)
       SELECT * FROM unnest($7::uuid[], $1::varchar[], $2::text[], $3::date[], $4::varchar[],
                            $5::text[], $6::varchar[])
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
        withNewIds(people.map((p) => p.id)),
      ],
    );
    return new Map(written.map((row) => [row.staff_code, row.id]));
  }

  /**
   * Inserts the assignments with their people's ids given (`personIds` by staff code), so no
   * join on the people table is needed, whatever its size; each gets a time-ordered id. COPY,
   * since a large file brings tens of thousands.
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
    const ids = timeOrderedIds(rows.length);
    await copyInto(
      manager,
      ASSIGNMENT_COPY_TARGET,
      rows.map((r, i) => [
        ids[i],
        personId(r),
        r.unitId,
        r.position,
        r.communicationOfficer,
        r.startDate,
        r.endDate,
      ]),
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
