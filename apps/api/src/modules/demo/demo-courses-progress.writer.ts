import type { EntityManager } from 'typeorm';
import { subtreeCte } from '../../common/scope/unit-tree.sql';
import type { CourseRows } from './demo-courses.data';
import { type DemoEnrolment, planDemoProgress } from './demo-courses-progress.planner';
import { demoUuid } from './demo-certificates.planner';
import { DEMO_COMMUNE_CODE, communeUnitCode } from './demo-units.generator';

/** The officers on the commune's rosters on this day are enrolled (fixed, never today). */
const ENROLLED_AS_OF = '2026-11-15';
/**
 * The manager assigned the BDTT courses in August, due mid-December; the department added the
 * Resolution 71 briefing in October, due at the end of the year.
 */
const ASSIGNMENTS = {
  BDTT: { createdAt: '2026-08-03T08:00:00+07:00', dueOn: '2026-12-15', by: 'manager' },
  QTNQ71: { createdAt: '2026-10-05T08:00:00+07:00', dueOn: '2026-12-31', by: 'admin' },
} as const;

const json = (rows: unknown[]): string => JSON.stringify(rows);

/** One "every communication officer under the commune" assignment per course, and its enrolments. */
async function assignCourses(
  manager: EntityManager,
  courses: CourseRows[],
  seed: number,
): Promise<DemoEnrolment[]> {
  const rules = courses.map((c) => {
    const a = ASSIGNMENTS[c.programmeCode as keyof typeof ASSIGNMENTS];
    return {
      id: demoUuid(seed, `course-assignment:${c.code}`),
      course_id: c.courseId,
      due_on: a.dueOn,
      created_at: a.createdAt,
      created_by: a.by,
    };
  });
  await manager.query(
    `INSERT INTO course_assignments
            (id, course_id, audience, unit_id, due_on, include_newcomers, created_by, created_at)
     SELECT r.id, r.course_id, 'officers_in_subtree', u.id, r.due_on, true, us.id, r.created_at
       FROM jsonb_to_recordset($1::jsonb)
            AS r(id uuid, course_id uuid, due_on date, created_at timestamptz, created_by varchar)
       JOIN units u ON u.code = $2
       LEFT JOIN users us ON us.username = r.created_by`,
    [json(rules), communeUnitCode(DEMO_COMMUNE_CODE)],
  );
  return manager.query(
    `WITH RECURSIVE ${subtreeCte('tree', '$2', '$3')},
     officers AS (
       SELECT DISTINCT a.person_id FROM assignments a JOIN tree t ON t.unit_id = a.unit_id
        WHERE a.is_communication_officer AND a.start_date <= $3::date
          AND (a.end_date IS NULL OR a.end_date >= $3::date)
     ), enrolled AS (
       INSERT INTO enrolments (person_id, course_id, source, assignment_id, due_on, status,
                               created_at, updated_at)
       SELECT o.person_id, ca.course_id, 'assignment', ca.id, ca.due_on, 'assigned',
              ca.created_at, ca.created_at
         FROM course_assignments ca CROSS JOIN officers o
        WHERE ca.id = ANY($1::uuid[])
       RETURNING id, person_id, course_id, assignment_id, due_on, created_at
     ), notified AS (
       INSERT INTO notifications (person_id, kind, data, dedupe_key, created_at)
       SELECT e.person_id, 'course_assigned',
              jsonb_build_object('courseCode', c.code, 'courseTitle', c.title,
                                 'dueOn', e.due_on::text, 'assignmentId', e.assignment_id),
              'course_assigned:' || e.id, e.created_at
         FROM enrolled e JOIN courses c ON c.id = e.course_id
       RETURNING 1
     )
     SELECT e.id, e.person_id AS "personId", p.staff_code AS "staffCode", c.code AS "courseCode"
       FROM enrolled e JOIN people p ON p.id = e.person_id JOIN courses c ON c.id = e.course_id
      ORDER BY p.staff_code, c.code`,
    [rules.map((r) => r.id), await communeIds(manager), ENROLLED_AS_OF],
  );
}

async function communeIds(manager: EntityManager): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(`SELECT id FROM units WHERE code = $1`, [
    communeUnitCode(DEMO_COMMUNE_CODE),
  ]);
  return rows.map((r) => r.id);
}

/**
 * Assigns every demo course to the communication officers of the manager's commune and writes
 * the progress of the demo learner and a handful of their colleagues, set-based. Returns the
 * number of enrolments.
 */
export async function writeDemoCourseProgress(
  manager: EntityManager,
  courses: CourseRows[],
  seed: number,
  learnerStaffCode: string,
): Promise<number> {
  const enrolments = await assignCourses(manager, courses, seed);
  const rows = planDemoProgress(enrolments, courses, learnerStaffCode);
  await manager.query(
    `UPDATE enrolments e
        SET status = r.status, progress = r.progress, course_version_id = r.course_version_id,
            started_at = r.started_at, last_lesson_id = r.last_lesson_id, updated_at = r.started_at
       FROM jsonb_to_recordset($1::jsonb)
            AS r(id uuid, status varchar, progress numeric, course_version_id uuid,
                 started_at timestamptz, last_lesson_id uuid)
      WHERE e.id = r.id`,
    [json(rows.enrolments)],
  );
  await manager.query(
    `INSERT INTO lesson_progress (enrolment_id, lesson_id, position, completed_at, updated_at)
     SELECT enrolment_id, lesson_id, 0, completed_at, completed_at
       FROM jsonb_to_recordset($1::jsonb)
            AS r(enrolment_id uuid, lesson_id uuid, completed_at timestamptz)`,
    [json(rows.lessonProgress)],
  );
  await manager.query(
    `INSERT INTO quiz_attempts (enrolment_id, lesson_id, attempt_no, question_ids, answers,
                                started_at, submitted_at, score_percent, passed)
     SELECT enrolment_id, lesson_id, 1, ARRAY(SELECT jsonb_array_elements_text(question_ids))::uuid[],
            answers, started_at, submitted_at, score_percent, true
       FROM jsonb_to_recordset($1::jsonb)
            AS r(enrolment_id uuid, lesson_id uuid, question_ids jsonb, answers jsonb,
                 started_at timestamptz, submitted_at timestamptz, score_percent numeric)`,
    [json(rows.attempts)],
  );
  await manager.query(
    `INSERT INTO course_completions (enrolment_id, person_id, course_id, course_version_id,
                                     completed_on, score_percent, created_at)
     SELECT enrolment_id, person_id, course_id, course_version_id, completed_on, score_percent,
            completed_on::timestamp + interval '10 hours'
       FROM jsonb_to_recordset($1::jsonb)
            AS r(enrolment_id uuid, person_id uuid, course_id uuid, course_version_id uuid,
                 completed_on date, score_percent numeric)`,
    [json(rows.completions)],
  );
  return enrolments.length;
}
