import { rmSync } from 'node:fs';
import type { RunningDatabase } from '../../api/src/database/embedded-database';

/** Stops the run's PostgreSQL and removes its temp dir. */
export default async function globalTeardown(): Promise<void> {
  const db = (globalThis as { __LOA_WEB_DB__?: RunningDatabase }).__LOA_WEB_DB__;
  if (!db) return;
  await db.stop();
  const dir = process.env.LOA_WEB_E2E_DB_DIR;
  if (dir) rmSync(dir, { recursive: true, force: true });
}
