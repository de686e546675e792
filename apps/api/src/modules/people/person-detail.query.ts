import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AccountStatus, AssignmentView, Gender, PersonDetail } from '@loa/contracts';
import { queryPrepared } from '../../common/prepared-query';
import { ASSIGNMENT_COLUMNS, AssignmentRow, toAssignmentView } from './assignment-row';
import { unitVersionOn } from './unit-version-on.sql';

export interface PersonRecord {
  id: string;
  staffCode: string;
  fullName: string;
  dateOfBirth: string;
  gender: Gender | null;
  email: string | null;
  phone: string | null;
}

export interface AssignmentRecord extends AssignmentView {
  unitId: string;
  personId: string;
}

/** Reads of people and their assignments, inside a transaction when given its manager. */
@Injectable()
export class PersonDetailQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Inside a transaction: through its manager. Outside (the hot reads of a person page): as a
   * named prepared statement, planned once per connection.
   */
  private read<Row extends object>(
    manager: EntityManager | undefined,
    name: string,
    text: string,
    values: unknown[],
  ): Promise<Row[]> {
    return manager
      ? (manager.query(text, values) as Promise<Row[]>)
      : queryPrepared<Row>(this.dataSource, name, text, values);
  }

  async person(staffCode: string, manager?: EntityManager): Promise<PersonRecord | null> {
    const [row] = await this.read<PersonRecord>(
      manager,
      'person-by-staff-code',
      `SELECT id, staff_code AS "staffCode", full_name AS "fullName",
              date_of_birth::text AS "dateOfBirth", gender, email, phone
         FROM people WHERE staff_code = $1`,
      [staffCode],
    );
    return row ?? null;
  }

  /** The units where the person has (or had) an assignment. */
  async unitIdsOf(personId: string, manager?: EntityManager): Promise<string[]> {
    const rows: { unit_id: string }[] = await (manager ?? this.dataSource).query(
      `SELECT DISTINCT unit_id FROM assignments WHERE person_id = $1`,
      [personId],
    );
    return rows.map((r) => r.unit_id);
  }

  /** One assignment, its unit named as of its start; locked for update inside a transaction. */
  async assignment(id: string, manager?: EntityManager): Promise<AssignmentRecord | null> {
    const lock = manager ? 'FOR UPDATE OF a' : '';
    const rows: (AssignmentRow & { unit_id: string; person_id: string })[] = await (
      manager ?? this.dataSource
    ).query(
      `SELECT ${ASSIGNMENT_COLUMNS}, a.unit_id, a.person_id
         FROM assignments a
         JOIN units u ON u.id = a.unit_id
         LEFT JOIN LATERAL (${unitVersionOn('a.unit_id', 'a.start_date')}) uv ON true
        WHERE a.id = $1 ${lock}`,
      [id],
    );
    const row = rows[0];
    return row ? { ...toAssignmentView(row), unitId: row.unit_id, personId: row.person_id } : null;
  }

  async detail(person: PersonRecord, manager?: EntityManager): Promise<PersonDetail> {
    const assignments = await this.read<AssignmentRow>(
      manager,
      'person-assignments',
      `SELECT ${ASSIGNMENT_COLUMNS}
         FROM assignments a
         JOIN units u ON u.id = a.unit_id
         LEFT JOIN LATERAL (${unitVersionOn('a.unit_id', 'a.start_date')}) uv ON true
        WHERE a.person_id = $1
        ORDER BY a.start_date, u.code`,
      [person.id],
    );
    const [account] = await this.read<{ id: string; username: string; status: AccountStatus }>(
      manager,
      'person-account',
      `SELECT id, username, status FROM users WHERE person_id = $1`,
      [person.id],
    );
    return {
      staffCode: person.staffCode,
      fullName: person.fullName,
      dateOfBirth: person.dateOfBirth,
      gender: person.gender,
      email: person.email,
      phone: person.phone,
      assignments: assignments.map(toAssignmentView),
      account: account ?? null,
    };
  }
}
