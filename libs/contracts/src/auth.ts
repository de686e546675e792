import type { Role } from './roles';
import type { UnitRef } from './units';

export interface LoginRequest {
  username: string;
  password: string;
}

export interface RoleGrantView {
  id: string;
  role: Role;
  unit: UnitRef;
}

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  locale: 'vi' | 'en';
  staffCode: string | null;
  mustChangePassword: boolean;
  grants: RoleGrantView[];
}

export interface LoginResponse {
  accessToken: string;
  user: SessionUser;
}
