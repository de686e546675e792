import type { Role } from './roles';
import type { RoleGrantView } from './auth';
import type { AccountStatus } from './people';

export interface AccountView {
  id: string;
  username: string;
  displayName: string;
  status: AccountStatus;
  lockedUntil: string | null;
  staffCode: string | null;
  grants: RoleGrantView[];
  createdAt: string;
}

export interface AccountPage {
  total: number;
  items: AccountView[];
}

export interface CreatedLogin {
  account: AccountView;
  /** Shown once, to be handed to the person; they change it at first login. */
  temporaryPassword: string;
}

/** `GET /api/accounts?q=&page=&pageSize=`: q matches username, display name, staff code or name. */
export interface AccountListQuery {
  q?: string;
  page?: number;
  pageSize?: number;
}

/**
 * `POST /api/accounts`. Usernames are lower-case `[a-z0-9._-]`, 3 to 50 characters. The password
 * is set by an administrator, so its holder must change it at first login.
 */
export interface CreateAccountRequest {
  username: string;
  password: string;
  displayName: string;
  /** Links the login to a person on the roster. */
  staffCode?: string;
}

/** `PATCH /api/accounts/:id`. Disabling ends every session of the account at once. */
export interface UpdateAccountRequest {
  displayName?: string;
  status?: AccountStatus;
  /** A new password set by an administrator; the person must change it at next login. */
  password?: string;
  /** Clears the lock left by repeated failed logins. */
  unlock?: true;
}

/** `POST /api/accounts/:id/grants`. */
export interface CreateGrantRequest {
  role: Role;
  unitCode: string;
}
