import 'reflect-metadata';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { createApp } from './app.factory';
import { readEnv } from './config/env';
import { RunningDatabase, startEmbeddedDatabase } from './database/embedded-database';
import { runMigrations } from './database/migrate';
import { bootstrapAdmin } from './modules/accounts/bootstrap-admin';
import { seedDemoIfEmpty } from './modules/demo/seed-demo';

async function main(): Promise<void> {
  const env = readEnv();
  let embedded: RunningDatabase | undefined;
  let url = env.databaseUrl;
  if (!url) {
    console.log(`Starting the embedded PostgreSQL (data in ${env.dataDir}) …`);
    embedded = await startEmbeddedDatabase(env.dataDir, { quiet: true });
    url = embedded.url;
  }
  const stopDatabase = async () => {
    await embedded
      ?.stop()
      .catch((error) => console.error('Could not stop PostgreSQL cleanly', error));
  };
  try {
    const applied = await runMigrations(url);
    if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
    const app = await createApp(env, url);
    const dataSource = app.get<DataSource>(getDataSourceToken());
    if (await bootstrapAdmin(dataSource, env.adminUsername, env.adminPassword)) {
      console.log(`Created the department administrator "${env.adminUsername}".`);
    }
    const demo = env.demo ? await seedDemoIfEmpty(dataSource) : undefined;

    let closing = false;
    const shutdown = async (signal: string) => {
      if (closing) return;
      closing = true;
      console.log(`${signal}: stopping Loa …`);
      await app.close().catch(() => undefined);
      await stopDatabase();
      process.exit(0);
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));

    await app.listen({ port: env.port, host: '0.0.0.0' });
    console.log(`\nLoa is running at http://localhost:${env.port}`);
    console.log(`API documentation: http://localhost:${env.port}/api/docs`);
    if (demo) {
      console.log(`\nDemo accounts (password "${demo.password}"):`);
      for (const account of demo.accounts)
        console.log(`  ${account.username.padEnd(8)} ${account.description}`);
    }
  } catch (error) {
    console.error(error);
    await stopDatabase();
    process.exit(1);
  }
}

void main();
