import 'reflect-metadata';
import { createApp } from '../../src/app.factory';
import { readEnv } from '../../src/config/env';

/**
 * The real Loa API for the benchmark, in its own process: `BENCH_DATABASE_URL` is the seeded
 * bench database; prints `LISTENING <port>` when ready; stops on SIGTERM.
 */
async function main(): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL;
  if (!databaseUrl) throw new Error('BENCH_DATABASE_URL is required');
  const env = readEnv({ ...process.env, LOA_DEMO: 'false' });
  const app = await createApp(env, databaseUrl, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`LISTENING ${port}\n`);
  process.once('SIGTERM', () => {
    void app.close().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
