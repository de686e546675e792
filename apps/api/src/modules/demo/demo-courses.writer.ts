import { ROOT_UNIT_CODE } from '@loa/contracts';
import type { EntityManager } from 'typeorm';
import {
  type CourseRows,
  DEMO_COURSES,
  DEMO_COURSES_PUBLISHED_AT,
  demoCourseRows,
} from './demo-courses.data';
import { writeDemoCourseProgress } from './demo-courses-progress.writer';

/** The course author who owns the demo courses. */
export const DEMO_AUTHOR = {
  username: 'author',
  displayName: 'Biên tập viên Sở GD&ĐT',
  description: 'Biên tập viên khóa học của Sở (course author)',
};

export interface DemoCoursesSummary {
  courses: number;
  enrolments: number;
}

const json = (rows: unknown[]): string => JSON.stringify(rows);

/** The author's account (kept if it already exists) with the course_author role at the Sở. */
async function writeAuthor(manager: EntityManager, passwordHash: string): Promise<string> {
  const created: { id: string }[] = await manager.query(
    `INSERT INTO users (username, password_hash, display_name) VALUES ($1, $2, $3)
     ON CONFLICT (username) DO NOTHING RETURNING id`,
    [DEMO_AUTHOR.username, passwordHash, DEMO_AUTHOR.displayName],
  );
  if (created.length > 0) {
    await manager.query(
      `INSERT INTO role_grants (user_id, role, unit_id)
       SELECT $1, 'course_author', id FROM units WHERE code = $2`,
      [created[0].id, ROOT_UNIT_CODE],
    );
  }
  const [author]: { id: string }[] = await manager.query(
    `SELECT id FROM users WHERE username = $1`,
    [DEMO_AUTHOR.username],
  );
  return author.id;
}

/** Courses, their published version 1, sections, lessons, question banks: one statement each. */
async function writeContent(manager: EntityManager, all: CourseRows[], authorId: string) {
  await manager.query(
    `INSERT INTO courses (id, code, title, summary, hours, status, self_enrol, owner_id)
     SELECT id, code, title, summary, hours, 'published', true, $2
       FROM jsonb_to_recordset($1::jsonb)
            AS r(id uuid, code varchar, title text, summary text, hours int)`,
    [json(all.map((c) => c.course)), authorId],
  );
  await manager.query(
    `INSERT INTO course_versions (id, course_id, version_no, status, published_at, published_by)
     SELECT id, course_id, 1, 'published', $2::timestamptz, $3
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, course_id uuid)`,
    [
      json(all.map((c) => ({ id: c.versionId, course_id: c.courseId }))),
      DEMO_COURSES_PUBLISHED_AT,
      authorId,
    ],
  );
  await manager.query(
    `INSERT INTO course_sections (id, course_version_id, position, title)
     SELECT * FROM jsonb_to_recordset($1::jsonb)
            AS r(id uuid, course_version_id uuid, position int, title text)`,
    [json(all.flatMap((c) => c.sections))],
  );
  await manager.query(
    `INSERT INTO lessons (id, course_version_id, section_id, position, kind, title, required,
                          duration_minutes, body_html, external_url, quiz_question_count,
                          quiz_shuffle, quiz_pass_percent, quiz_attempt_limit)
     SELECT id, course_version_id, section_id, position, kind, title, true, duration_minutes,
            body_html, external_url, quiz_question_count, quiz_shuffle, quiz_pass_percent,
            quiz_attempt_limit
       FROM jsonb_to_recordset($1::jsonb)
            AS r(id uuid, course_version_id uuid, section_id uuid, position int, kind varchar,
                 title text, duration_minutes int, body_html text, external_url text,
                 quiz_question_count int, quiz_shuffle boolean, quiz_pass_percent int,
                 quiz_attempt_limit int)`,
    [json(all.flatMap((c) => c.lessons))],
  );
  await manager.query(
    `INSERT INTO questions (id, course_version_id, position, kind, text, options, explanation)
     SELECT * FROM jsonb_to_recordset($1::jsonb)
            AS r(id uuid, course_version_id uuid, position int, kind varchar, text text,
                 options jsonb, explanation text)`,
    [json(all.flatMap((c) => c.questions))],
  );
  await manager.query(
    `INSERT INTO programme_courses (programme_id, course_id)
     SELECT p.id, r.course_id FROM jsonb_to_recordset($1::jsonb) AS r(course_id uuid, code varchar)
       JOIN programmes p ON p.code = r.code
     ON CONFLICT DO NOTHING`,
    [json(all.map((c) => ({ course_id: c.courseId, code: c.programmeCode })))],
  );
}

/**
 * Writes the demo courses (owned by the `author` account), their programme links, and the
 * assignments and progress of the demo commune's communication officers, inside the seeding
 * transaction. Runs after the city and before the certificates.
 */
export async function writeDemoCourses(
  manager: EntityManager,
  passwordHash: string,
  seed: number,
  learnerStaffCode: string,
): Promise<DemoCoursesSummary> {
  const authorId = await writeAuthor(manager, passwordHash);
  const all = DEMO_COURSES.map((course) => demoCourseRows(seed, course));
  await writeContent(manager, all, authorId);
  const enrolments = await writeDemoCourseProgress(manager, all, seed, learnerStaffCode);
  return { courses: all.length, enrolments };
}
