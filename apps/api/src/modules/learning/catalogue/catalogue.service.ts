import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CatalogueCourse,
  EnrolResult,
  EnrolmentStatus,
  MyCourse,
  VisibleCourse,
} from '@loa/contracts';
import { DataSource } from 'typeorm';
import { AuthUser, hasRole } from '../../../common/auth/auth-user';
import { courseNotFound } from '../learning.errors';
import { learnerPersonId, SEES_ALL_COURSES } from '../learner';

/** A course learners may start: published, with a published version. */
export const PUBLISHED_COURSE = (alias: string): string => `
  ${alias}.status = 'published' AND EXISTS (
    SELECT 1 FROM course_versions pv WHERE pv.course_id = ${alias}.id AND pv.status = 'published')`;

/** The courses a caller may see, their own courses, and self-enrolment. */
@Injectable()
export class CatalogueService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Published courses: all for administrators and authors; otherwise self-enrol ones and their own. */
  async visibleCourses(user: AuthUser): Promise<VisibleCourse[]> {
    const all = hasRole(user, ...SEES_ALL_COURSES);
    const rows: VisibleCourse[] = await this.dataSource.query(
      `SELECT c.code, c.title, c.hours FROM courses c
        WHERE ${PUBLISHED_COURSE('c')}
          AND ($1 OR c.self_enrol OR EXISTS (
                SELECT 1 FROM enrolments e WHERE e.course_id = c.id AND e.person_id = $2))
        ORDER BY c.title, c.code`,
      [all, user.personId],
    );
    return rows;
  }

  async myCourses(user: AuthUser): Promise<MyCourse[]> {
    if (!user.personId) return [];
    const rows: (Omit<MyCourse, 'progress'> & { progress: string })[] = await this.dataSource.query(
      `SELECT c.code, c.title, e.status, e.progress, e.due_on::text AS "dueOn",
                cc.completed_on::text AS "completedOn"
           FROM enrolments e JOIN courses c ON c.id = e.course_id
           LEFT JOIN course_completions cc ON cc.enrolment_id = e.id
          WHERE e.person_id = $1
          ORDER BY e.due_on NULLS LAST, c.title`,
      [user.personId],
    );
    return rows.map((r) => ({ ...r, progress: Number(r.progress) }));
  }

  async catalogue(user: AuthUser): Promise<CatalogueCourse[]> {
    const rows: CatalogueCourse[] = await this.dataSource.query(
      `SELECT c.code, c.title, c.hours, c.summary,
              EXISTS (SELECT 1 FROM enrolments e
                       WHERE e.course_id = c.id AND e.person_id = $1) AS enrolled
         FROM courses c
        WHERE c.self_enrol AND ${PUBLISHED_COURSE('c')}
        ORDER BY c.title, c.code`,
      [user.personId],
    );
    return rows;
  }

  /** Self-enrolment in an open course; enrolling twice keeps the first enrolment. */
  async enrol(user: AuthUser, code: string): Promise<EnrolResult> {
    const personId = learnerPersonId(user);
    const [row]: { status: EnrolmentStatus; created: boolean }[] = await this.dataSource.query(
      `WITH course AS (
         SELECT c.id FROM courses c WHERE c.code = $1 AND c.self_enrol AND ${PUBLISHED_COURSE('c')}
       ), inserted AS (
         INSERT INTO enrolments (person_id, course_id, source, status)
         SELECT $2, course.id, 'self', 'assigned' FROM course
         ON CONFLICT (person_id, course_id) DO NOTHING
         RETURNING status
       )
       SELECT status, true AS created FROM inserted
       UNION ALL
       SELECT e.status, false FROM enrolments e JOIN course ON e.course_id = course.id
        WHERE e.person_id = $2 AND NOT EXISTS (SELECT 1 FROM inserted)`,
      [code, personId],
    );
    if (!row) throw courseNotFound();
    return { code, status: row.status, created: row.created };
  }
}
