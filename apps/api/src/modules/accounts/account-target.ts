import type { AccountStatus } from '@loa/contracts';
import { EntityManager } from 'typeorm';
import { AuthUser, hasRole } from '../../common/auth/auth-user';
import { accountNotFound, onlySystemAdmin } from './accounts.errors';

export interface AccountTarget {
  id: string;
  username: string;
  displayName: string;
  status: AccountStatus;
  isSystemAdmin: boolean;
}

/** Locks the account row for the rest of the transaction; unknown ids are NOT_FOUND. */
export async function lockAccount(manager: EntityManager, id: string): Promise<AccountTarget> {
  const rows: {
    id: string;
    username: string;
    display_name: string;
    status: AccountStatus;
    is_system_admin: boolean;
  }[] = await manager.query(
    `SELECT u.id, u.username, u.display_name, u.status,
            EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = u.id
                       AND g.role = 'system_admin' AND g.revoked_at IS NULL) AS is_system_admin
       FROM users u WHERE u.id = $1 FOR UPDATE OF u`,
    [id],
  );
  const row = rows[0];
  if (!row) throw accountNotFound();
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    status: row.status,
    isSystemAdmin: row.is_system_admin,
  };
}

/** Only a system administrator may change the account of another system administrator. */
export function assertMayManage(actor: AuthUser, target: AccountTarget): void {
  if (target.isSystemAdmin && !hasRole(actor, 'system_admin')) throw onlySystemAdmin();
}

/** Revokes every refresh token of the user; the caller drops the session cache after commit. */
export async function revokeAllSessions(manager: EntityManager, userId: string): Promise<void> {
  await manager.query(
    `UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
    [userId],
  );
}
