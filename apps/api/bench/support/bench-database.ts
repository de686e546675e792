import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { startEmbeddedDatabase } from '../../src/database/embedded-database';
import { runMigrations } from '../../src/database/migrate';
import type { ScaleName } from './bench-types';

export interface BenchDatabase {
  url: string;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** Where the bench keeps its own embedded PostgreSQL, one cluster per scale, apart from `.data`. */
export function benchClusterDir(scale: ScaleName): string {
  return resolve(process.env.LOA_BENCH_DIR || '.bench', scale);
}

/**
 * Opens the bench database: `LOA_BENCH_DATABASE_URL` when given (CI smoke uses the test
 * cluster), else an embedded PostgreSQL under `.bench/<scale>`; migrated before use.
 */
export async function openBenchDatabase(
  scale: ScaleName,
  log: (message: string) => void,
): Promise<BenchDatabase> {
  let url = process.env.LOA_BENCH_DATABASE_URL;
  let stopCluster: (() => Promise<void>) | undefined;
  if (!url) {
    const dir = benchClusterDir(scale);
    log(`Starting the bench PostgreSQL in ${dir} …`);
    const cluster = await startEmbeddedDatabase(dir, { quiet: true });
    url = cluster.url;
    stopCluster = () => cluster.stop();
  }
  await runMigrations(url);
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  return {
    url,
    dataSource,
    async close() {
      await dataSource.destroy();
      await stopCluster?.();
    },
  };
}
