import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { courseNotFound, lessonNotFound } from '../learning.errors';

export interface OpenEnrolment {
  id: string;
  personId: string;
  courseId: string;
  courseVersionId: string;
  status: 'assigned' | 'in_progress' | 'completed';
  lastLessonId: string | null;
}

export interface LessonRow {
  id: string;
  kind: 'text' | 'video' | 'document' | 'quiz';
  title: string;
  required: boolean;
  body_html: string | null;
  file_id: string | null;
  external_url: string | null;
  quiz_question_count: number | null;
  quiz_shuffle: boolean;
  quiz_pass_percent: number | null;
  quiz_attempt_limit: number | null;
  quiz_time_limit_seconds: number | null;
}

const ENROLMENT_COLUMNS = `e.id, e.person_id AS "personId", e.course_id AS "courseId",
  e.course_version_id AS "courseVersionId", e.status, e.last_lesson_id AS "lastLessonId"`;

/**
 * The learner's way into a course: their enrolment, pinned to a version on first opening (the
 * published one then), so a learner in progress never moves when a new version is published.
 * No enrolment, or nothing published to start: 404.
 */
@Injectable()
export class EnrolmentAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async open(
    personId: string,
    courseCode: string,
    manager?: EntityManager,
  ): Promise<OpenEnrolment> {
    const [[row]]: [OpenEnrolment[], number] = await (manager ?? this.dataSource).query(
      `UPDATE enrolments e
          SET course_version_id = COALESCE(e.course_version_id, (
                SELECT v.id FROM course_versions v
                 WHERE v.course_id = e.course_id AND v.status = 'published')),
              status = CASE WHEN e.status = 'assigned' THEN 'in_progress' ELSE e.status END,
              started_at = COALESCE(e.started_at, now()),
              updated_at = now()
         FROM courses c
        WHERE c.id = e.course_id AND c.code = $1 AND e.person_id = $2
          AND (e.course_version_id IS NOT NULL OR EXISTS (
                SELECT 1 FROM course_versions v WHERE v.course_id = e.course_id AND v.status = 'published'))
        RETURNING ${ENROLMENT_COLUMNS}`,
      [courseCode, personId],
    );
    if (!row) throw courseNotFound();
    return row;
  }

  /** Locks the enrolment row for the rest of the transaction (the order: enrolment, then attempt). */
  async lock(manager: EntityManager, enrolmentId: string): Promise<OpenEnrolment> {
    const [row]: OpenEnrolment[] = await manager.query(
      `SELECT ${ENROLMENT_COLUMNS} FROM enrolments e WHERE e.id = $1 FOR UPDATE`,
      [enrolmentId],
    );
    return row;
  }

  async lesson(
    enrolment: OpenEnrolment,
    lessonId: string,
    manager?: EntityManager,
  ): Promise<LessonRow> {
    const [row]: LessonRow[] = await (manager ?? this.dataSource).query(
      `SELECT l.id, l.kind, l.title, l.required, l.body_html, l.file_id, l.external_url,
              l.quiz_question_count, l.quiz_shuffle, l.quiz_pass_percent, l.quiz_attempt_limit,
              l.quiz_time_limit_seconds
         FROM lessons l WHERE l.id::text = $1 AND l.course_version_id = $2`,
      [lessonId, enrolment.courseVersionId],
    );
    if (!row) throw lessonNotFound();
    return row;
  }
}
