import type { AuthUser } from '../../common/auth/auth-user';
import { courseNotFound } from './learning.errors';

/**
 * The person a caller learns as. A login without a person has no learning: every learner route
 * answers as if the course did not exist for them.
 */
export function learnerPersonId(user: AuthUser): string {
  if (!user.personId) throw courseNotFound();
  return user.personId;
}

/**
 * Roles that see every published course in GET /api/courses: authors and administrators, and
 * unit managers, who assign any published course to their people.
 */
export const SEES_ALL_COURSES = [
  'department_admin',
  'system_admin',
  'course_author',
  'unit_manager',
] as const;
