import type { Role, SessionUser } from '@loa/contracts';

export const hasRole = (user: SessionUser | null, ...roles: Role[]): boolean =>
  !!user && user.grants.some((grant) => roles.includes(grant.role));

/** Department or system administrators: the whole city, accounts and grants. */
export const isAdmin = (user: SessionUser | null): boolean =>
  hasRole(user, 'department_admin', 'system_admin');

/** May change units and rosters (within their scope, which the API enforces). */
export const canManageUnits = (user: SessionUser | null): boolean =>
  hasRole(user, 'unit_manager', 'department_admin', 'system_admin');

/** Writes courses (their own; administrators any). */
export const canAuthor = (user: SessionUser | null): boolean =>
  hasRole(user, 'course_author', 'department_admin', 'system_admin');

/** Sees coverage against the targets: managers for their subtree, the department city-wide. */
export const canSeeCoverage = (user: SessionUser | null): boolean => canManageUnits(user);
