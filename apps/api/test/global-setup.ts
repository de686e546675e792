import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedDatabase } from '../src/database/embedded-database';
import { runMigrations } from '../src/database/migrate';

/**
 * One throwaway PostgreSQL for the whole run (or DATABASE_URL when given), migrated once.
 * Tests never share data: each builds its own with the factories.
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.DATABASE_URL) {
    const dir = mkdtempSync(join(tmpdir(), 'loa-test-'));
    const db = await startEmbeddedDatabase(dir, { quiet: true });
    process.env.DATABASE_URL = db.url;
    process.env.LOA_TEST_DB_DIR = dir;
    (globalThis as { __LOA_DB__?: typeof db }).__LOA_DB__ = db;
  }
  await runMigrations(process.env.DATABASE_URL);
}
