import { rmSync } from 'node:fs';
import type { RunningDatabase } from '../src/database/embedded-database';

export default async function globalTeardown(): Promise<void> {
  const db = (globalThis as { __LOA_DB__?: RunningDatabase }).__LOA_DB__;
  if (db) {
    await db.stop();
    const dir = process.env.LOA_TEST_DB_DIR;
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
