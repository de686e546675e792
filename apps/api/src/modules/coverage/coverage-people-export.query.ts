import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { subtreeCte, versionInForce } from '../../common/scope/unit-tree.sql';
import type { CoverageTargetSpec } from './coverage.query';

export interface FollowUpRow {
  staff_code: string;
  full_name: string;
  date_of_birth: string;
  unit_code: string;
  unit_name: string;
  position: string | null;
  /** The enrolments, sorted by course title; empty when none. */
  courses: { title: string; status: string; progress: string; due_on: string | null }[];
  last_number: string | null;
  last_expires_on: string | null;
  last_revoked_on: string | null;
  total: number;
}

/**
 * The people of a unit's figures with what a follow-up needs: the same members and the same
 * trained test as CoveragePeopleQuery (each person once, at their earliest assignment there),
 * plus their position, their course enrolments (status, progress, due date) and the latest
 * certificate of the programme they ever held by `asOf` (expired or revoked included).
 */
@Injectable()
export class CoveragePeopleExportQuery {
  rows(
    manager: EntityManager,
    input: {
      target: CoverageTargetSpec;
      rootUnitId: string;
      asOf: string;
      trained: boolean;
      /** A page of them; absent: everyone. */
      page?: { limit: number; offset: number };
    },
  ): Promise<FollowUpRow[]> {
    return manager.query(
      `WITH RECURSIVE ${subtreeCte('tree', '$1', '$2')},
       members AS (
         SELECT DISTINCT ON (a.person_id) a.person_id, a.unit_id, a.position
           FROM tree t JOIN assignments a ON a.unit_id = t.unit_id
          WHERE a.start_date <= $2::date AND (a.end_date IS NULL OR a.end_date >= $2::date)
            AND (a.is_communication_officer OR $4 = 'all_staff')
          ORDER BY a.person_id, a.start_date, a.unit_id
       ),
       flagged AS (
         SELECT m.* FROM members m
          WHERE EXISTS (
             SELECT 1 FROM certificates c
              WHERE c.person_id = m.person_id AND c.programme_id = $3 AND c.approval = 'approved'
                AND c.issued_on <= $2::date
                AND (c.expires_on IS NULL OR c.expires_on >= $2::date)
                AND (c.revoked_on IS NULL OR c.revoked_on > $2::date)) = $5::boolean
       )
       SELECT p.staff_code, p.full_name, p.date_of_birth::text AS date_of_birth,
              u.code AS unit_code, v.name AS unit_name, f.position,
              COALESCE((
                SELECT json_agg(json_build_object('title', co.title, 'status', e.status,
                         'progress', e.progress::text, 'due_on', e.due_on::text)
                         ORDER BY co.title COLLATE "vi-x-icu")
                  FROM enrolments e JOIN courses co ON co.id = e.course_id
                 WHERE e.person_id = f.person_id), '[]'::json) AS courses,
              last.number AS last_number, last.expires_on::text AS last_expires_on,
              last.revoked_on::text AS last_revoked_on, count(*) OVER ()::int AS total
         FROM flagged f
         JOIN people p ON p.id = f.person_id
         JOIN units u ON u.id = f.unit_id
         JOIN unit_versions v ON v.unit_id = u.id AND ${versionInForce('v', '$2')}
         LEFT JOIN LATERAL (
           SELECT c.number, c.expires_on, c.revoked_on FROM certificates c
            WHERE c.person_id = f.person_id AND c.programme_id = $3 AND c.approval = 'approved'
              AND c.issued_on <= $2::date
            ORDER BY c.issued_on DESC, c.number DESC
            LIMIT 1
         ) last ON true
        ORDER BY v.name COLLATE "vi-x-icu", u.code, p.full_name COLLATE "vi-x-icu", p.staff_code
        LIMIT $6 OFFSET $7`,
      [
        [input.rootUnitId],
        input.asOf,
        input.target.programmeId,
        input.target.population,
        input.trained,
        input.page?.limit ?? null,
        input.page?.offset ?? 0,
      ],
    );
  }
}
