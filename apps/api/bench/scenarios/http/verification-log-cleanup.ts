import { createHmac } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** The salt the bench gives the API, so it can tell its own checks in the log. */
export const BENCH_VERIFICATION_SALT = 'loa-bench-verification-salt';

/** The client hash Loa logs for the bench's requests from `address`. */
export function benchClientHash(address = '127.0.0.1'): string {
  return createHmac('sha256', BENCH_VERIFICATION_SALT).update(address).digest('hex');
}

/** The last id of the verification log before the bench adds to it. */
export async function lastCheckId(dataSource: DataSource): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query(
    `SELECT coalesce(max(id), 0)::text AS id FROM verification_checks`,
  );
  return row.id;
}

/** Removes the checks the bench logged after `afterId`; returns how many there were. */
export async function removeBenchChecks(dataSource: DataSource, afterId: string): Promise<number> {
  const [, count]: [unknown, number] = await dataSource.query(
    `DELETE FROM verification_checks WHERE id > $1 AND client_hash = $2`,
    [afterId, benchClientHash()],
  );
  return count;
}
