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
