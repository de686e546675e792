import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EnrolmentStatus, TrainingProgressRow } from '@loa/contracts';
import { DataSource } from 'typeorm';
import { subtreeCte, versionInForce } from '../../../common/scope/unit-tree.sql';

export interface TrainingProgressFilter {
  roots: string[];
  today: string;
  course: string | null;
  status: EnrolmentStatus | null;
  overdue: boolean | null;
}

type Row = Omit<TrainingProgressRow, 'progress' | 'scorePercent'> & {
  progress: string;
  scorePercent: string | null;
  total: string;
};

/**
 * Who in a subtree is enrolled in what, as of today: each person counted at their current
 * post (a communication-officer post first), with progress, score (the completion's, else the
 * best attempt so far), due date and whether it is overdue. The scope is in the query itself.
 */
@Injectable()
export class TrainingProgressQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(
    filter: TrainingProgressFilter,
    limit: number | null,
    offset: number,
  ): Promise<{ rows: TrainingProgressRow[]; total: number }> {
    const rows: Row[] = await this.dataSource.query(
      `WITH RECURSIVE ${subtreeCte('tree', '$1', '$2')},
       members AS (
         SELECT DISTINCT ON (a.person_id) a.person_id, a.unit_id
           FROM assignments a JOIN tree t ON t.unit_id = a.unit_id
          WHERE a.start_date <= $2::date AND (a.end_date IS NULL OR a.end_date >= $2::date)
          ORDER BY a.person_id, a.is_communication_officer DESC, a.start_date DESC, a.id)
       SELECT p.staff_code AS "staffCode", p.full_name AS "fullName", u.code AS "unitCode",
              uv.name AS "unitName", c.code AS "courseCode", c.title AS "courseTitle", e.status,
              e.progress, e.due_on::text AS "dueOn", cc.completed_on::text AS "completedOn",
              COALESCE(cc.score_percent, (
                SELECT max(qa.score_percent) FROM quiz_attempts qa
                 WHERE qa.enrolment_id = e.id AND qa.submitted_at IS NOT NULL)) AS "scorePercent",
              (e.status <> 'completed' AND e.due_on < $2::date) IS TRUE AS overdue,
              count(*) OVER () AS total
         FROM members m
         JOIN enrolments e ON e.person_id = m.person_id
         JOIN courses c ON c.id = e.course_id
         JOIN people p ON p.id = m.person_id
         JOIN units u ON u.id = m.unit_id
         JOIN unit_versions uv ON uv.unit_id = u.id AND ${versionInForce('uv', '$2')}
         LEFT JOIN course_completions cc ON cc.enrolment_id = e.id
        WHERE ($3::text IS NULL OR c.code = $3)
          AND ($4::text IS NULL OR e.status = $4)
          AND ($5::boolean IS NULL
               OR (e.status <> 'completed' AND e.due_on < $2::date) IS TRUE = $5)
        ORDER BY uv.name, u.code, p.full_name, p.staff_code, c.code
        LIMIT $6 OFFSET $7`,
      [filter.roots, filter.today, filter.course, filter.status, filter.overdue, limit, offset],
    );
    return {
      total: rows.length > 0 ? Number(rows[0].total) : 0,
      rows: rows.map(({ total: _total, ...r }) => ({
        ...r,
        progress: Number(r.progress),
        scorePercent: r.scorePercent === null ? null : Number(r.scorePercent),
      })),
    };
  }
}
