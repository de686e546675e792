import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RosterEntry } from '@loa/contracts';
import { subtreeCte } from '../../../common/scope/unit-tree.sql';
import { escapeLike, foldVietnamese, foldVietnameseSql } from '../../accounts/vietnamese-fold';
import { ASSIGNMENT_COLUMNS, AssignmentRow, toAssignmentView } from '../assignment-row';
import { unitVersionOn } from '../unit-version-on.sql';
import type { RosterFilter } from './roster-filter';

export interface RosterRow extends AssignmentRow {
  staff_code: string;
  full_name: string;
  date_of_birth: string;
  gender: string | null;
  email: string | null;
  phone: string | null;
}

/**
 * The assignments in force on `asOf` at a unit or its subtree (on that date), with each unit
 * named as it was then, sorted the Vietnamese way by name.
 */
@Injectable()
export class RosterQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async counts(filter: RosterFilter): Promise<{ total: number; personCount: number }> {
    const { cte, params } = this.source(filter);
    const [row] = await this.dataSource.query(
      `${cte} SELECT count(*)::int AS total, count(DISTINCT person_id)::int AS persons FROM roster`,
      params,
    );
    return { total: row.total, personCount: row.persons };
  }

  async rows(filter: RosterFilter, page?: { limit: number; offset: number }): Promise<RosterRow[]> {
    const { sql, params } = this.select(filter);
    const paging = page ? `LIMIT ${page.limit} OFFSET ${page.offset}` : '';
    return this.dataSource.query(`${sql} ${paging}`, params);
  }

  /**
   * Every row, in the same order as `rows`, `batchSize` at a time from a server-side cursor,
   * so an export of a whole province never holds its roster in memory. The cursor lives in a
   * read-only transaction on its own connection, released when the caller stops iterating.
   */
  async *batches(filter: RosterFilter, batchSize = 2000): AsyncGenerator<RosterRow[]> {
    const { sql, params } = this.select(filter);
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    let done = false;
    try {
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      // A province's roster is sorted in memory rather than in temporary files.
      await runner.query(`SET LOCAL work_mem = '64MB'`);
      await runner.query(`DECLARE roster_export NO SCROLL CURSOR FOR ${sql}`, params);
      for (;;) {
        const batch: RosterRow[] = await runner.query(
          `FETCH FORWARD ${batchSize} FROM roster_export`,
        );
        if (batch.length > 0) yield batch;
        if (batch.length < batchSize) break;
      }
      await runner.query('COMMIT');
      done = true;
    } finally {
      // On an early stop or an error the transaction is still open: end it with the cursor.
      if (!done) await runner.query('ROLLBACK').catch(() => undefined);
      await runner.release();
    }
  }

  private select(filter: RosterFilter): { sql: string; params: unknown[] } {
    const { cte, params } = this.source(filter);
    const sql = `${cte}
       SELECT r.staff_code, r.full_name, r.date_of_birth::text AS date_of_birth, r.gender,
              r.email, r.phone, ${ASSIGNMENT_COLUMNS}
         FROM roster r
         JOIN assignments a ON a.id = r.id
         JOIN units u ON u.id = a.unit_id
         LEFT JOIN LATERAL (${unitVersionOn('a.unit_id', '$2')}) uv ON true
        ORDER BY r.full_name COLLATE "vi-x-icu", r.staff_code, u.code, a.start_date`;
    return { sql, params };
  }

  private source(filter: RosterFilter): { cte: string; params: unknown[] } {
    const params: unknown[] = [[filter.unitId], filter.asOf];
    // The units as an array, so PostgreSQL reads the subtree's assignments through the
    // (unit_id, start_date) index instead of hashing every assignment of the country.
    const where = [
      'a.unit_id = ANY (ARRAY(SELECT unit_id FROM tree))',
      'a.start_date <= $2::date',
      '(a.end_date IS NULL OR a.end_date >= $2::date)',
    ];
    if (filter.q) {
      params.push(`%${escapeLike(foldVietnamese(filter.q))}%`);
      const n = `$${params.length}`;
      where.push(
        `(${foldVietnameseSql('p.full_name')} LIKE ${n} OR lower(p.staff_code) LIKE ${n})`,
      );
    }
    if (filter.communicationOfficer !== undefined) {
      params.push(filter.communicationOfficer);
      where.push(`a.is_communication_officer = $${params.length}`);
    }
    const tree = filter.subtree
      ? subtreeCte('tree', '$1', '$2')
      : 'tree(unit_id) AS (SELECT unnest($1::uuid[]))';
    const cte = `WITH RECURSIVE ${tree},
      roster AS (
        SELECT a.id, a.person_id, p.staff_code, p.full_name, p.date_of_birth, p.gender, p.email,
               p.phone
          FROM assignments a
          JOIN people p ON p.id = a.person_id
         WHERE ${where.join(' AND ')}
      )`;
    return { cte, params };
  }
}

export const toRosterEntry = (row: RosterRow): RosterEntry => ({
  person: { staffCode: row.staff_code, fullName: row.full_name, dateOfBirth: row.date_of_birth },
  assignment: toAssignmentView(row),
});
