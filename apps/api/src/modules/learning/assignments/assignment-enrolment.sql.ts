import { versionInForce } from '../../../common/scope/unit-tree.sql';

const IN_FORCE = (a: string): string =>
  `${a}.start_date <= $1::date AND (${a}.end_date IS NULL OR ${a}.end_date >= $1::date)`;

/**
 * ONE statement that enrols the audience of assignments as of a day ($1) — the assignment $2,
 * or, with $2 null, every standing rule (include_newcomers, not ended, course published):
 * people in the audience are resolved on the effective-dated tree, enrolled with
 * INSERT … SELECT … ON CONFLICT DO NOTHING (an existing enrolment with no assignment, e.g. a
 * self-enrolment, keeps its row and takes the assignment and due date), and every enrolment
 * touched gets its in-app notification and, with an e-mail address, a mail in the outbox.
 */
export const ENROL_AUDIENCE = `
WITH RECURSIVE rules AS (
  SELECT ca.id, ca.course_id, ca.audience, ca.unit_id, ca.person_id, ca.due_on, ca.created_at
    FROM course_assignments ca JOIN courses c ON c.id = ca.course_id
   WHERE CASE WHEN $2::uuid IS NULL
              THEN ca.include_newcomers AND ca.ended_at IS NULL AND c.status = 'published'
              ELSE ca.id = $2::uuid END
), tree(rule_id, unit_id) AS (
  SELECT r.id, r.unit_id FROM rules r WHERE r.audience IN ('subtree', 'officers_in_subtree')
  UNION
  SELECT t.rule_id, v.unit_id FROM unit_versions v JOIN tree t ON v.parent_id = t.unit_id
   WHERE ${versionInForce('v', '$1')}
), audience(rule_id, person_id) AS (
  SELECT r.id, r.person_id FROM rules r WHERE r.audience = 'person'
  UNION
  SELECT r.id, a.person_id FROM rules r JOIN assignments a ON a.unit_id = r.unit_id
   WHERE r.audience = 'unit' AND ${IN_FORCE('a')}
  UNION
  SELECT t.rule_id, a.person_id FROM tree t JOIN rules r ON r.id = t.rule_id
    JOIN assignments a ON a.unit_id = t.unit_id
   WHERE ${IN_FORCE('a')} AND (r.audience = 'subtree' OR a.is_communication_officer)
), picked AS (
  SELECT DISTINCT ON (au.person_id, r.course_id)
         au.person_id, r.course_id, r.id AS rule_id, r.due_on
    FROM audience au JOIN rules r ON r.id = au.rule_id
   ORDER BY au.person_id, r.course_id, r.created_at, r.id
), inserted AS (
  INSERT INTO enrolments (person_id, course_id, source, assignment_id, due_on, status)
  SELECT person_id, course_id, 'assignment', rule_id, due_on, 'assigned' FROM picked
  ON CONFLICT (person_id, course_id) DO NOTHING
  RETURNING id, person_id, course_id, assignment_id, due_on
), adopted AS (
  UPDATE enrolments e
     SET assignment_id = p.rule_id, due_on = COALESCE(e.due_on, p.due_on), updated_at = now()
    FROM picked p
   WHERE e.person_id = p.person_id AND e.course_id = p.course_id
     AND e.assignment_id IS NULL AND e.status <> 'completed'
  RETURNING e.id, e.person_id, e.course_id, e.assignment_id, e.due_on
), touched AS (
  SELECT * FROM inserted UNION ALL SELECT * FROM adopted
), notified AS (
  INSERT INTO notifications (person_id, kind, data, dedupe_key)
  SELECT x.person_id, 'course_assigned',
         jsonb_build_object('courseCode', c.code, 'courseTitle', c.title,
                            'dueOn', x.due_on::text, 'assignmentId', x.assignment_id),
         'course_assigned:' || x.id
    FROM touched x JOIN courses c ON c.id = x.course_id
  ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
  RETURNING 1
), mailed AS (
  INSERT INTO mail_outbox (to_address, subject, body_text)
  SELECT btrim(p.email), 'Loa: bạn được giao khóa học ' || c.title,
         'Kính gửi ' || p.full_name || E',\\n\\nBạn được giao khóa học "' || c.title || '" trên Loa.'
         || COALESCE(' Hạn hoàn thành: ' || to_char(x.due_on, 'DD/MM/YYYY') || '.', '')
         || E'\\n\\nTrân trọng,\\nSở Giáo dục và Đào tạo'
    FROM touched x JOIN people p ON p.id = x.person_id JOIN courses c ON c.id = x.course_id
   WHERE p.email IS NOT NULL AND btrim(p.email) <> ''
  RETURNING 1
)
SELECT (SELECT count(*) FROM picked)::int AS audience,
       (SELECT count(*) FROM inserted)::int AS enrolled,
       (SELECT count(*) FROM adopted)::int AS adopted,
       (SELECT count(*) FROM mailed)::int AS mailed`;

export interface EnrolAudienceCounts {
  audience: number;
  enrolled: number;
  adopted: number;
  mailed: number;
}
