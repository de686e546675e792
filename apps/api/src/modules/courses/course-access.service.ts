import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser, isDepartmentAdmin } from '../../common/auth/auth-user';
import { Course } from './course.entity';
import { courseNotFound, itemNotFound } from './courses.errors';

export type OutlineItem = 'section' | 'lesson' | 'question';

const TABLE_OF: Record<OutlineItem, string> = {
  section: 'course_sections',
  lesson: 'lessons',
  question: 'questions',
};

/**
 * Who may author what: administrators every course, authors only the courses they own. Anything
 * else is "not found" (404), never "forbidden", so course codes do not leak.
 */
@Injectable()
export class CourseAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  mayEdit(user: AuthUser, course: Pick<Course, 'ownerId'>): boolean {
    return isDepartmentAdmin(user) || course.ownerId === user.id;
  }

  /** The course by code, locked for update when inside a transaction that will change it. */
  async course(
    user: AuthUser,
    code: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<Course> {
    const course = await manager.findOne(Course, {
      where: { code: code.toUpperCase() },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!course || !this.mayEdit(user, course)) throw courseNotFound();
    return course;
  }

  /** The course (locked) and version a section, lesson or question belongs to. */
  async courseOfItem(
    user: AuthUser,
    item: OutlineItem,
    id: string,
    manager: EntityManager,
  ): Promise<{ course: Course; versionId: string; versionStatus: string }> {
    const [row]: { courseId: string; versionId: string; versionStatus: string }[] =
      await manager.query(
        `SELECT v.course_id AS "courseId", v.id AS "versionId", v.status AS "versionStatus"
         FROM ${TABLE_OF[item]} x JOIN course_versions v ON v.id = x.course_version_id
         WHERE x.id = $1`,
        [id],
      );
    if (!row) throw itemNotFound();
    const course = await manager.findOne(Course, {
      where: { id: row.courseId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!course || !this.mayEdit(user, course)) throw itemNotFound();
    return { course, versionId: row.versionId, versionStatus: row.versionStatus };
  }

  /** The kind of a lesson the caller may edit (checked before receiving an upload for it). */
  async lessonKind(user: AuthUser, lessonId: string): Promise<{ kind: string }> {
    const [row]: { kind: string; ownerId: string }[] = await this.dataSource.query(
      `SELECT l.kind, c.owner_id AS "ownerId" FROM lessons l
       JOIN course_versions v ON v.id = l.course_version_id JOIN courses c ON c.id = v.course_id
       WHERE l.id = $1`,
      [lessonId],
    );
    if (!row || !this.mayEdit(user, row)) throw itemNotFound();
    return { kind: row.kind };
  }
}
