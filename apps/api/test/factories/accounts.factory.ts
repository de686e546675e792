import type { Role } from '@loa/contracts';
import { DataSource } from 'typeorm';
import { PasswordService } from '../../src/modules/auth/password.service';
import type { TestApp } from '../create-test-app';
import { unique } from './unique';

export const TEST_PASSWORD = 'mat-khau-thu-1';
let cachedHash: Promise<string> | undefined;

export interface CreatedAccount {
  id: string;
  username: string;
  password: string;
}

/** An account with the given grants, e.g. `[{ role: 'unit_manager', unitId }]` (unitId default: root). */
export async function createAccount(
  ds: DataSource,
  grants: { role: Role; unitId?: string }[] = [],
  options: { username?: string; personId?: string; status?: 'active' | 'disabled' } = {},
): Promise<CreatedAccount> {
  cachedHash ??= new PasswordService().hash(TEST_PASSWORD);
  const username = options.username ?? unique('user').toLowerCase();
  const [user] = await ds.query(
    `INSERT INTO users (username, password_hash, display_name, person_id, status)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [
      username,
      await cachedHash,
      `Người dùng ${username}`,
      options.personId ?? null,
      options.status ?? 'active',
    ],
  );
  for (const grant of grants) {
    await ds.query(
      `INSERT INTO role_grants (user_id, role, unit_id)
       VALUES ($1, $2, COALESCE($3::uuid, (SELECT id FROM units WHERE code = 'SGDDT')))`,
      [user.id, grant.role, grant.unitId ?? null],
    );
  }
  return { id: user.id, username, password: TEST_PASSWORD };
}

/** Logs in through the real endpoint and returns the Bearer token. */
export async function loginAs(
  t: TestApp,
  account: { username: string; password: string },
): Promise<string> {
  const response = await t
    .http()
    .post('/api/auth/login')
    .send({ username: account.username, password: account.password });
  if (response.status !== 200)
    throw new Error(`login failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.accessToken as string;
}

/** An account with grants, logged in: `{ account, token }`. */
export async function signedIn(t: TestApp, grants: { role: Role; unitId?: string }[] = []) {
  const account = await createAccount(t.dataSource, grants);
  return { account, token: await loginAs(t, account) };
}
