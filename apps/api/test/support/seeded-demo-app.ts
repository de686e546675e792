import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { readEnv } from '../../src/config/env';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { runMigrations } from '../../src/database/migrate';
import { seedDemoIfEmpty } from '../../src/modules/demo/seed-demo';
import { DEMO_TEMPLATE_DATABASE } from './demo-template';

/** Time a suite gives the whole-city seed: a minute or more on a busy 2-core machine. */
export const DEMO_SEED_TIMEOUT_MS = 600_000;

export interface SeededDemoApp {
  app: NestFastifyApplication;
  ds: DataSource;
  http: () => ReturnType<typeof request>;
  /** Logs a demo account in (password loa-demo) and returns its token. */
  login: (username: string) => Promise<string>;
  get: (token: string, path: string) => ReturnType<ReturnType<typeof request>['get']>;
  close: () => Promise<void>;
}

/** Runs `work` with a client on the run's cluster (to create and drop databases). */
export async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Held while the template is made, so suites starting together seed it once. */
const TEMPLATE_LOCK = 7_301_926;

const databaseUrl = (name: string): string => {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  return url.toString();
};

/**
 * Makes the template on first use: a database migrated and seeded under another name, renamed
 * only once complete, so a suite killed half-way never leaves a half-seeded template behind.
 */
async function ensureDemoTemplate(): Promise<void> {
  await withAdminClient(async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
        DEMO_TEMPLATE_DATABASE,
      ]);
      if (found.rowCount) return;
      const building = `${DEMO_TEMPLATE_DATABASE}_building`;
      await client.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${building}`);
      await runMigrations(databaseUrl(building));
      const ds = await new DataSource(dataSourceOptions(databaseUrl(building))).initialize();
      try {
        await seedDemoIfEmpty(ds, { quiet: true });
      } finally {
        await ds.destroy();
      }
      await client.query(`ALTER DATABASE ${building} RENAME TO ${DEMO_TEMPLATE_DATABASE}`);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
}

/**
 * The demo city in a database of the suite's own in the run's cluster: a copy of the run's
 * seeded template (seeded by whichever suite asks first), served by the real app; `close`
 * drops it.
 */
export async function createSeededDemoApp(label: string): Promise<SeededDemoApp> {
  await ensureDemoTemplate();
  const name = `loa_demo_${label}_${randomBytes(4).toString('hex')}`;
  await withAdminClient((client) =>
    client.query(`CREATE DATABASE ${name} TEMPLATE ${DEMO_TEMPLATE_DATABASE}`),
  );
  const url = databaseUrl(name);
  await runMigrations(url);
  const app = await createApp(readEnv({ LOA_DEMO: 'false', LOA_WEB_DIST: '/nonexistent' }), url, {
    logger: false,
  });
  await app.getHttpAdapter().getInstance().ready();
  const ds = app.get<DataSource>(getDataSourceToken());
  const http = () => request(app.getHttpServer());
  return {
    app,
    ds,
    http,
    login: async (username) => {
      const response = await http()
        .post('/api/auth/login')
        .send({ username, password: 'loa-demo' });
      if (response.status !== 200) throw new Error(`demo login ${username}: ${response.status}`);
      return response.body.accessToken as string;
    },
    get: (token, path) => http().get(path).set('Authorization', `Bearer ${token}`),
    close: async () => {
      await app.close();
      await withAdminClient((client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      );
    },
  };
}
