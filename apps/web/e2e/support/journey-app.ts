import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Browser, chromium } from 'playwright-core';
import { DataSource } from 'typeorm';
import { createApp } from '../../../api/src/app.factory';
import { readEnv } from '../../../api/src/config/env';

/** The built web app the journeys drive (LOA_WEB_E2E_DIST to point elsewhere). */
export const WEB_DIST = process.env.LOA_WEB_E2E_DIST ?? resolve(__dirname, '..', '..', 'dist');

/** Debian's Chromium, headless, with nothing reaching outside loopback. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface JourneyApp {
  app: NestFastifyApplication;
  baseUrl: string;
  ds: DataSource;
}

/**
 * The whole Loa (API + built web app) on a free loopback port, on the run's PostgreSQL (started
 * and migrated by e2e/global-setup.ts); `env` adds settings such as LOA_DATA_DIR.
 */
export async function startJourneyApp(env: Record<string, string> = {}): Promise<JourneyApp> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(`Build the web app first (npx vite build): ${WEB_DIST} has no index.html`);
  }
  const app = await createApp(
    readEnv({ LOA_DEMO: 'false', LOA_WEB_DIST: WEB_DIST, ...env }),
    process.env.DATABASE_URL!,
    { logger: false },
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, baseUrl: await app.getUrl(), ds: app.get<DataSource>(getDataSourceToken()) };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
