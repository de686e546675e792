import { Injectable } from '@nestjs/common';
import type { ExpiringCertificateView } from '@loa/contracts';
import { EntityManager } from 'typeorm';
import { subtreeCte, versionInForce } from '../../common/scope/unit-tree.sql';
import type { CoverageTargetSpec } from './coverage.query';

/** At most this many people in the list (the count and the months cover everyone). */
export const MAX_EXPIRING_ITEMS = 500;

interface ExpiringRow {
  staff_code: string;
  full_name: string;
  unit_code: string;
  unit_name: string;
  number: string;
  expires_on: string;
}

/**
 * The persons of a unit's population on `asOf` who are trained then but no longer on `until`:
 * their longest-lasting valid certificate (the one CoveragePeopleQuery shows) ends before it.
 * The same members as CoveragePeopleQuery: each person once, at their earliest assignment.
 */
@Injectable()
export class ExpiringCertificatesQuery {
  async list(
    manager: EntityManager,
    input: { target: CoverageTargetSpec; rootUnitId: string; asOf: string; until: string },
  ): Promise<{
    count: number;
    byMonth: { month: string; count: number }[];
    items: ExpiringCertificateView[];
  }> {
    const params = [
      [input.rootUnitId],
      input.asOf,
      input.target.programmeId,
      input.target.population,
      input.until,
    ];
    const expiring = `WITH RECURSIVE ${subtreeCte('tree', '$1', '$2')},
       members AS (
         SELECT DISTINCT ON (a.person_id) a.person_id, a.unit_id
           FROM tree t JOIN assignments a ON a.unit_id = t.unit_id
          WHERE a.start_date <= $2::date AND (a.end_date IS NULL OR a.end_date >= $2::date)
            AND (a.is_communication_officer OR $4 = 'all_staff')
          ORDER BY a.person_id, a.start_date, a.unit_id
       ),
       expiring AS (
         SELECT m.person_id, m.unit_id, cert.number, cert.expires_on
           FROM members m
           JOIN LATERAL (
             SELECT c.number, c.expires_on FROM certificates c
              WHERE c.person_id = m.person_id AND c.programme_id = $3 AND c.approval = 'approved'
                AND c.issued_on <= $2::date
                AND (c.expires_on IS NULL OR c.expires_on >= $2::date)
                AND (c.revoked_on IS NULL OR c.revoked_on > $2::date)
              ORDER BY c.expires_on DESC NULLS FIRST, c.issued_on DESC, c.number
              LIMIT 1
           ) cert ON true
          WHERE cert.expires_on < $5::date
       )`;
    const months: { month: string; count: number }[] = await manager.query(
      `${expiring}
       SELECT to_char(expires_on, 'YYYY-MM') AS month, count(*)::int AS count
         FROM expiring GROUP BY 1 ORDER BY 1`,
      params,
    );
    const rows: ExpiringRow[] = await manager.query(
      `${expiring}
       SELECT p.staff_code, p.full_name, u.code AS unit_code, v.name AS unit_name, e.number,
              e.expires_on::text AS expires_on
         FROM expiring e
         JOIN people p ON p.id = e.person_id
         JOIN units u ON u.id = e.unit_id
         JOIN unit_versions v ON v.unit_id = u.id AND ${versionInForce('v', '$2')}
        ORDER BY e.expires_on, p.full_name COLLATE "vi-x-icu", p.staff_code
        LIMIT ${MAX_EXPIRING_ITEMS}`,
      params,
    );
    return {
      count: months.reduce((sum, m) => sum + m.count, 0),
      byMonth: months,
      items: rows.map((row) => ({
        staffCode: row.staff_code,
        fullName: row.full_name,
        unit: { code: row.unit_code, name: row.unit_name },
        number: row.number,
        expiresOn: row.expires_on,
      })),
    };
  }
}
