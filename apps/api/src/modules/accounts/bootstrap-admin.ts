import { DataSource } from 'typeorm';
import { PasswordService } from '../auth/password.service';

/**
 * On a database with no accounts, creates the department administrator named by
 * LOA_ADMIN_USERNAME / LOA_ADMIN_PASSWORD with the department_admin role at the root unit.
 */
export async function bootstrapAdmin(
  dataSource: DataSource,
  username: string | undefined,
  password: string | undefined,
): Promise<boolean> {
  if (!username || !password) return false;
  const passwordHash = await new PasswordService().hash(password);
  return dataSource.transaction(async (manager) => {
    await manager.query('LOCK TABLE users IN EXCLUSIVE MODE');
    const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM users');
    if (count > 0) return false;
    const [user] = await manager.query(
      `INSERT INTO users (username, password_hash, display_name) VALUES ($1, $2, $3) RETURNING id`,
      [username.normalize('NFC').trim().toLowerCase(), passwordHash, 'Quản trị Sở'],
    );
    await manager.query(
      `INSERT INTO role_grants (user_id, role, unit_id)
       SELECT $1, 'department_admin', id FROM units WHERE code = 'SGDDT'`,
      [user.id],
    );
    return true;
  });
}
