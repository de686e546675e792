import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { readEnv } from '../../src/config/env';
import { runMigrations } from '../../src/database/migrate';
import { seedDemoIfEmpty } from '../../src/modules/demo/seed-demo';

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

/**
 * The demo needs an empty database: a database of the suite's own in the run's cluster,
 * migrated, seeded with the demo city and served by the real app; `close` drops it.
 */
export async function createSeededDemoApp(label: string): Promise<SeededDemoApp> {
  const name = `loa_demo_${label}_${randomBytes(4).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  await runMigrations(url.toString());
  const app = await createApp(
    readEnv({ LOA_DEMO: 'false', LOA_WEB_DIST: '/nonexistent' }),
    url.toString(),
    { logger: false },
  );
  await app.getHttpAdapter().getInstance().ready();
  const ds = app.get<DataSource>(getDataSourceToken());
  await seedDemoIfEmpty(ds, { quiet: true });
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
