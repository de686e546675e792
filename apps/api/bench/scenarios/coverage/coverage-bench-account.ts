import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { PasswordService } from '../../../src/modules/auth/password.service';
import type { BenchAccount } from '../http/bench-account';

/** Its own login, so a run of another HTTP scenario resetting `bench-http-admin` cannot disturb it. */
const COVERAGE_BENCH_USERNAME = 'bench-coverage-admin';

/**
 * Creates (or resets) the department administrator the coverage scenario reads as: a fresh random
 * password and one department_admin grant at the root unit. Idempotent.
 */
export async function ensureCoverageBenchAdmin(dataSource: DataSource): Promise<BenchAccount> {
  const password = randomBytes(18).toString('base64url');
  const passwordHash = await new PasswordService().hash(password);
  const [user]: { id: string }[] = await dataSource.query(
    `INSERT INTO users (username, password_hash, display_name, status)
     VALUES ($1, $2, 'Bench coverage', 'active')
     ON CONFLICT (username) DO UPDATE
        SET password_hash = EXCLUDED.password_hash, status = 'active',
            failed_login_count = 0, locked_until = NULL, must_change_password = false
     RETURNING id`,
    [COVERAGE_BENCH_USERNAME, passwordHash],
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
  return { userId: user.id, username: COVERAGE_BENCH_USERNAME, password };
}

/** Removes that administrator with its grants and sessions: the database as it was. */
export async function removeCoverageBenchAdmin(
  dataSource: DataSource,
  userId: string,
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(`DELETE FROM refresh_tokens WHERE user_id = $1`, [userId]);
    await manager.query(`DELETE FROM role_grants WHERE user_id = $1`, [userId]);
    await manager.query(`DELETE FROM users WHERE id = $1`, [userId]);
  });
}
