import type { Role } from '@loa/contracts';

export interface AuthGrant {
  role: Role;
  unitId: string;
}

/** Who is calling, as the JWT guard resolved them for this request. */
export interface AuthUser {
  id: string;
  username: string;
  personId: string | null;
  sessionId: string;
  grants: AuthGrant[];
}

export const isDepartmentAdmin = (user: AuthUser): boolean =>
  user.grants.some((g) => g.role === 'department_admin' || g.role === 'system_admin');

export const hasRole = (user: AuthUser, ...roles: Role[]): boolean =>
  user.grants.some((g) => roles.includes(g.role));
