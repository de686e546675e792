import type { DataSource } from 'typeorm';
import { PasswordService } from '../../../src/modules/auth/password.service';

/** The department administrator the file scenarios sign in as (kept between runs). */
const BENCH_ADMIN = { username: 'bench-files-admin', password: 'bench-files-mat-khau-1' };

/**
 * Makes sure the bench database holds the administrator (department_admin at the root);
 * idempotent, so every run finds the same account.
 */
export async function ensureBenchAdmin(dataSource: DataSource): Promise<void> {
  const passwordHash = await new PasswordService().hash(BENCH_ADMIN.password);
  await dataSource.query(
    `INSERT INTO users (username, password_hash, display_name, status)
     VALUES ($1, $2, 'Quản trị benchmark', 'active')
     ON CONFLICT (username) DO UPDATE
        SET password_hash = EXCLUDED.password_hash, status = 'active',
            failed_login_count = 0, locked_until = NULL, must_change_password = false`,
    [BENCH_ADMIN.username, passwordHash],
  );
  await dataSource.query(
    `INSERT INTO role_grants (user_id, role, unit_id)
     SELECT u.id, 'department_admin', r.id
       FROM users u, units r
      WHERE u.username = $1 AND r.code = 'SGDDT'
        AND NOT EXISTS (SELECT 1 FROM role_grants g
                         WHERE g.user_id = u.id AND g.role = 'department_admin'
                           AND g.unit_id = r.id AND g.revoked_at IS NULL)`,
    [BENCH_ADMIN.username],
  );
}

/** Signs in through the real API and returns the Authorization header value. */
export async function signInAsBenchAdmin(apiUrl: string): Promise<string> {
  const response = await fetch(`${apiUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  });
  if (response.status !== 200) {
    throw new Error(`bench admin login failed: ${response.status} ${await response.text()}`);
  }
  const body = (await response.json()) as { accessToken: string };
  return `Bearer ${body.accessToken}`;
}
