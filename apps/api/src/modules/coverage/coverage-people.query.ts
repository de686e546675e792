import { Injectable } from '@nestjs/common';
import type { CoveragePersonView } from '@loa/contracts';
import { EntityManager } from 'typeorm';
import { subtreeCte, versionInForce } from '../../common/scope/unit-tree.sql';
import type { CoverageTargetSpec } from './coverage.query';

interface PersonRow {
  staff_code: string;
  full_name: string;
  unit_code: string;
  unit_name: string;
  number: string | null;
  issued_on: string | null;
  expires_on: string | null;
  total: number;
}

/**
 * The persons behind a unit's figures on a date, by the same definition as CoverageQuery: each
 * person once, at the unit of their earliest assignment there, with the valid certificate that
 * lasts longest (none when not trained). Sorted the Vietnamese way by name.
 */
@Injectable()
export class CoveragePeopleQuery {
  async page(
    manager: EntityManager,
    input: {
      target: CoverageTargetSpec;
      rootUnitId: string;
      asOf: string;
      trained?: boolean;
      limit: number;
      offset: number;
    },
  ): Promise<{ total: number; items: CoveragePersonView[] }> {
    const rows: PersonRow[] = await manager.query(
      `WITH RECURSIVE ${subtreeCte('tree', '$1', '$2')},
       members AS (
         SELECT DISTINCT ON (a.person_id) a.person_id, a.unit_id
           FROM tree t JOIN assignments a ON a.unit_id = t.unit_id
          WHERE a.start_date <= $2::date AND (a.end_date IS NULL OR a.end_date >= $2::date)
            AND (a.is_communication_officer OR $4 = 'all_staff')
          ORDER BY a.person_id, a.start_date, a.unit_id
       ),
       flagged AS (
         SELECT m.person_id, m.unit_id, cert.number, cert.issued_on, cert.expires_on
           FROM members m
           LEFT JOIN LATERAL (
             SELECT c.number, c.issued_on, c.expires_on FROM certificates c
              WHERE c.person_id = m.person_id AND c.programme_id = $3 AND c.approval = 'approved'
                AND c.issued_on <= $2::date
                AND (c.expires_on IS NULL OR c.expires_on >= $2::date)
                AND (c.revoked_on IS NULL OR c.revoked_on > $2::date)
              ORDER BY c.expires_on DESC NULLS FIRST, c.issued_on DESC, c.number
              LIMIT 1
           ) cert ON true
          WHERE $5::boolean IS NULL OR (cert.number IS NOT NULL) = $5::boolean
       )
       SELECT p.staff_code, p.full_name, u.code AS unit_code, v.name AS unit_name, f.number,
              f.issued_on::text AS issued_on, f.expires_on::text AS expires_on,
              count(*) OVER ()::int AS total
         FROM flagged f
         JOIN people p ON p.id = f.person_id
         JOIN units u ON u.id = f.unit_id
         JOIN unit_versions v ON v.unit_id = u.id AND ${versionInForce('v', '$2')}
        ORDER BY p.full_name COLLATE "vi-x-icu", p.staff_code
        LIMIT $6 OFFSET $7`,
      [
        [input.rootUnitId],
        input.asOf,
        input.target.programmeId,
        input.target.population,
        input.trained ?? null,
        input.limit,
        input.offset,
      ],
    );
    return {
      total: rows[0]?.total ?? (input.offset > 0 ? await this.count(manager, input) : 0),
      items: rows.map(toView),
    };
  }

  /** The total when the page asked for lies past the end (no row carries it). */
  private async count(
    manager: EntityManager,
    input: Parameters<CoveragePeopleQuery['page']>[1],
  ): Promise<number> {
    const { total } = await this.page(manager, { ...input, limit: 1, offset: 0 });
    return total;
  }
}

const toView = (row: PersonRow): CoveragePersonView => ({
  staffCode: row.staff_code,
  fullName: row.full_name,
  unit: { code: row.unit_code, name: row.unit_name },
  trained: row.number !== null,
  certificate:
    row.number === null
      ? null
      : { number: row.number, issuedOn: row.issued_on as string, expiresOn: row.expires_on },
});
