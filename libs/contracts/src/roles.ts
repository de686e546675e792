/** Roles are granted per unit; a person may hold several grants. */
export const ROLES = [
  'learner',
  'unit_manager',
  'department_admin',
  'course_author',
  'system_admin',
] as const;
export type Role = (typeof ROLES)[number];
