import { rmSync } from 'node:fs';
import { Client } from 'pg';
import type { RunningDatabase } from '../src/database/embedded-database';
import { DEMO_TEMPLATE_DATABASE } from './support/demo-template';

export default async function globalTeardown(): Promise<void> {
  const db = (globalThis as { __LOA_DB__?: RunningDatabase }).__LOA_DB__;
  if (db) {
    await db.stop();
    const dir = process.env.LOA_TEST_DB_DIR;
    if (dir) rmSync(dir, { recursive: true, force: true });
    return;
  }
  // A cluster of the caller's (DATABASE_URL given): leave it as found, without the demo template.
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${DEMO_TEMPLATE_DATABASE} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
