import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';
import { readEnv } from '../src/config/env';

export interface TestApp {
  app: NestFastifyApplication;
  dataSource: DataSource;
  /** supertest bound to the running app: `http().get('/api/…')`. */
  http: () => ReturnType<typeof request>;
  close: () => Promise<void>;
}

/** The real application on the run's PostgreSQL, listening on no port (supertest injects). */
export async function createTestApp(overrides: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const env = readEnv({ LOA_DEMO: 'false', LOA_WEB_DIST: '/nonexistent', ...overrides });
  const app = await createApp(env, process.env.DATABASE_URL!, { logger: false });
  await app.getHttpAdapter().getInstance().ready();
  const server = app.getHttpServer();
  return {
    app,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    http: () => request(server),
    close: () => app.close(),
  };
}
