'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS entry that plain Node runs */
// The real Loa API for the benchmark, in its own process (plain JavaScript, so the process under
// test carries no TypeScript compiler): the build in BENCH_API_DIST (apps/api/dist, as
// `npm start` runs it) when set, else the TypeScript source through @swc-node/register (smoke
// runs, no build needed). BENCH_DATABASE_URL is the seeded bench database; prints
// `LISTENING <port>` when ready; stops on SIGTERM.
require('reflect-metadata');
const { join } = require('node:path');

function loadApi() {
  const dist = process.env.BENCH_API_DIST;
  if (dist) {
    return {
      factory: require(join(dist, 'apps/api/src/app.factory.js')),
      config: require(join(dist, 'apps/api/src/config/env.js')),
    };
  }
  require('@swc-node/register');
  return {
    factory: require('../../src/app.factory.ts'),
    config: require('../../src/config/env.ts'),
  };
}

async function main() {
  const databaseUrl = process.env.BENCH_DATABASE_URL;
  if (!databaseUrl) throw new Error('BENCH_DATABASE_URL is required');
  const { factory, config } = loadApi();
  const env = config.readEnv({ ...process.env, LOA_DEMO: 'false' });
  const app = await factory.createApp(env, databaseUrl, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`LISTENING ${port}\n`);
  process.once('SIGTERM', () => {
    void app.close().then(() => process.exit(0));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
