import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { openBenchDatabase } from '../support/bench-database';
import type { ScaleName } from '../support/bench-types';
import { ensureScaleSeed } from './scale-seed';

/** `npm run seed:scale -- --scale city|nation|smoke`: generates the bench data with COPY. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: 'city' } } });
  const scale = values.scale as ScaleName;
  if (!['smoke', 'city', 'nation'].includes(scale)) {
    throw new Error(`--scale must be smoke, city or nation, got "${scale}"`);
  }
  const log = (message: string) => console.log(`[seed:scale] ${message}`);
  const database = await openBenchDatabase(scale, log);
  try {
    const summary = await ensureScaleSeed(database.dataSource, scale, log);
    for (const line of summary) log(line);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
