import type { LessonStatus, PlayerLessonKind } from '@loa/contracts';
import type { EntityManager } from 'typeorm';

export interface LessonStateRow {
  id: string;
  kind: PlayerLessonKind;
  title: string;
  required: boolean;
  durationMinutes: number | null;
  sectionId: string;
  sectionTitle: string;
  position: number;
  status: LessonStatus;
}

/**
 * Every lesson of the enrolment's version in order, with the learner's state: a quiz is passed
 * once any submitted attempt passed, failed when submitted attempts all failed, in progress with
 * an open attempt; other lessons are done once completed, in progress once opened.
 */
export async function lessonStates(
  manager: EntityManager,
  enrolmentId: string,
  versionId: string,
): Promise<LessonStateRow[]> {
  const rows: (Omit<LessonStateRow, 'position'> & { position: string })[] = await manager.query(
    `SELECT l.id, l.kind, l.title, l.required, l.duration_minutes AS "durationMinutes",
            s.id AS "sectionId", s.title AS "sectionTitle", COALESCE(lp.position, 0) AS position,
            CASE
              WHEN l.kind = 'quiz' THEN CASE
                WHEN bool_or(qa.passed) THEN 'passed'
                WHEN count(qa.submitted_at) > 0 AND count(qa.id) = count(qa.submitted_at) THEN 'failed'
                WHEN count(qa.id) > 0 THEN 'in_progress'
                ELSE 'not_started' END
              WHEN lp.completed_at IS NOT NULL THEN 'done'
              WHEN lp.lesson_id IS NOT NULL THEN 'in_progress'
              ELSE 'not_started'
            END AS status
       FROM lessons l
       JOIN course_sections s ON s.id = l.section_id
       LEFT JOIN lesson_progress lp ON lp.enrolment_id = $1 AND lp.lesson_id = l.id
       LEFT JOIN quiz_attempts qa ON qa.enrolment_id = $1 AND qa.lesson_id = l.id
      WHERE l.course_version_id = $2
      GROUP BY l.id, s.id, lp.enrolment_id, lp.lesson_id
      ORDER BY s.position, l.position`,
    [enrolmentId, versionId],
  );
  return rows.map((r) => ({ ...r, position: Number(r.position) }));
}

const FINISHED: LessonStatus[] = ['done', 'passed'];

/** Where to resume: the last lesson opened unless finished, else the first unfinished one. */
export function resumeLesson(rows: LessonStateRow[], lastLessonId: string | null): string | null {
  const last = rows.find((r) => r.id === lastLessonId);
  if (last && !FINISHED.includes(last.status)) return last.id;
  const start = last ? rows.indexOf(last) : 0;
  const next =
    rows.slice(start).find((r) => !FINISHED.includes(r.status)) ??
    rows.find((r) => !FINISHED.includes(r.status));
  return next?.id ?? last?.id ?? rows[0]?.id ?? null;
}
