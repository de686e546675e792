import type { AssignmentAudience, CourseAssignmentListItem } from '@loa/contracts';

/** Assignments with their rule flag and how many they enrolled and how many completed. */
export const ASSIGNMENT_LIST = `
  SELECT ca.id, c.code AS "courseCode", c.title AS "courseTitle", ca.audience,
         u.code AS "unitCode", p.staff_code AS "staffCode", ca.due_on::text AS "dueOn",
         ca.include_newcomers AS "includeNewcomers", ca.created_at AS "createdAt",
         ca.ended_at AS "endedAt",
         (SELECT count(*) FROM enrolments e WHERE e.assignment_id = ca.id)::int AS enrolled,
         (SELECT count(*) FROM enrolments e
           WHERE e.assignment_id = ca.id AND e.status = 'completed')::int AS completed
    FROM course_assignments ca
    JOIN courses c ON c.id = ca.course_id
    LEFT JOIN units u ON u.id = ca.unit_id
    LEFT JOIN people p ON p.id = ca.person_id`;

export interface AssignmentListRow {
  id: string;
  courseCode: string;
  courseTitle: string;
  audience: AssignmentAudience;
  unitCode: string | null;
  staffCode: string | null;
  dueOn: string | null;
  includeNewcomers: boolean;
  createdAt: Date;
  endedAt: Date | null;
  enrolled: number;
  completed: number;
}

export const toListItem = (row: AssignmentListRow): CourseAssignmentListItem => ({
  ...row,
  ruleActive: row.includeNewcomers && row.endedAt === null,
  createdAt: row.createdAt.toISOString(),
  endedAt: row.endedAt?.toISOString() ?? null,
});
