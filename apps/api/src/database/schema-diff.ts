import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { startEmbeddedDatabase } from './embedded-database';

export interface SchemaDiff {
  up: string[];
  down: string[];
}

/**
 * Runs every migration on a throwaway database (or DATABASE_URL) and asks TypeORM what SQL
 * would still be needed to match the entities. Empty means no drift.
 */
export async function computeSchemaDiff(): Promise<SchemaDiff> {
  const external = process.env.DATABASE_URL;
  const tempDir = external ? undefined : mkdtempSync(join(tmpdir(), 'loa-drift-'));
  const db = tempDir ? await startEmbeddedDatabase(tempDir, { quiet: true }) : undefined;
  const dataSource = new DataSource(dataSourceOptions(external ?? db!.url));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: sql.upQueries.map((q) => q.query),
      down: sql.downQueries.map((q) => q.query).reverse(),
    };
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await db?.stop();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}
