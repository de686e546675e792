import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { PasswordService } from '../../src/modules/auth/password.service';

export interface BenchAccount {
  userId: string;
  username: string;
  password: string;
}

/**
 * Creates (or resets) a bench administrator with a fresh random password and one
 * department_admin grant at the root unit; idempotent, so a run cut short leaves nothing that
 * breaks the next one. Each scenario has its own `username`, so one resetting its login cannot
 * disturb another's.
 */
export async function ensureBenchAdmin(
  dataSource: DataSource,
  username: string,
): Promise<BenchAccount> {
  const password = randomBytes(18).toString('base64url');
  const passwordHash = await new PasswordService().hash(password);
  const [user]: { id: string }[] = await dataSource.query(
    `INSERT INTO users (username, password_hash, display_name, status)
     VALUES ($1, $2, 'Quản trị benchmark', 'active')
     ON CONFLICT (username) DO UPDATE
        SET password_hash = EXCLUDED.password_hash, status = 'active',
            failed_login_count = 0, locked_until = NULL, must_change_password = false
     RETURNING id`,
    [username, passwordHash],
  );
  await dataSource.query(
    `INSERT INTO role_grants (user_id, role, unit_id)
     SELECT $1, 'department_admin', u.id FROM units u
      WHERE u.code = 'SGDDT'
        AND NOT EXISTS (SELECT 1 FROM role_grants g
                         WHERE g.user_id = $1 AND g.role = 'department_admin'
                           AND g.unit_id = u.id AND g.revoked_at IS NULL)`,
    [user.id],
  );
  return { userId: user.id, username, password };
}

/** Removes a bench administrator with its grants and sessions: the database as it was. */
export async function removeBenchAdmin(dataSource: DataSource, userId: string): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(`DELETE FROM refresh_tokens WHERE user_id = $1`, [userId]);
    await manager.query(`DELETE FROM role_grants WHERE user_id = $1`, [userId]);
    await manager.query(`DELETE FROM users WHERE id = $1`, [userId]);
  });
}

/** Logs in through the real endpoint of `apiUrl`; returns the Bearer access token. */
export async function loginForToken(apiUrl: string, account: BenchAccount): Promise<string> {
  const response = await fetch(`${apiUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: account.username, password: account.password }),
  });
  const body = (await response.json()) as { accessToken?: string };
  if (response.status !== 200 || !body.accessToken) {
    throw new Error(`bench login failed: ${response.status} ${JSON.stringify(body)}`);
  }
  return body.accessToken;
}
