import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SCENARIOS } from './scenarios';
import { ensureScaleSeed } from './seed/scale-seed';
import { openBenchDatabase } from './support/bench-database';
import { apiUnderTest } from './support/child-server';
import { readMachineFacts } from './support/bench-machine';
import {
  renderConsoleTable,
  renderMarkdown,
  verdict,
  type ScenarioOutcome,
} from './support/bench-report';
import type { BenchContext, ScaleName } from './support/bench-types';

const USAGE = `npm run bench [-- --smoke] [--scale nation|city] [--only id,id] [--out file]

  --smoke   tiny data and durations, the same code paths (CI); writes nothing to docs/
  --scale   data to measure on (default nation; smoke implies the smoke scale)
  --only    run only these scenarios: ${SCENARIOS.map((s) => s.id).join(', ')}
  --out     where to write the Markdown report (default docs/benchmarks.md)`;

function parseCommandLine() {
  const { values } = parseArgs({
    options: {
      smoke: { type: 'boolean', default: false },
      scale: { type: 'string' },
      only: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const scale = (values.smoke ? 'smoke' : (values.scale ?? 'nation')) as ScaleName;
  if (!['smoke', 'city', 'nation'].includes(scale)) throw new Error(`unknown scale ${scale}`);
  const only = values.only?.split(',').map((id) => id.trim());
  const unknown = only?.filter((id) => !SCENARIOS.some((s) => s.id === id)) ?? [];
  if (unknown.length) throw new Error(`unknown scenario(s): ${unknown.join(', ')}\n${USAGE}`);
  const out = values.out ?? (values.smoke ? undefined : 'docs/benchmarks.md');
  return { smoke: values.smoke, scale, only, out: out ? resolve(out) : undefined };
}

/**
 * A full run measures the API as it is deployed: built (Nx caches the build), served from
 * apps/api/dist by plain Node. Smoke runs use the source, so they need no build.
 */
function buildApi(log: (message: string) => void): void {
  log('Building the API (cached when nothing changed) …');
  const build = spawnSync('npx', ['nx', 'run', '@loa/api:build', '--outputStyle=static'], {
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  if (build.status !== 0) throw new Error('the API build failed');
  process.env.BENCH_API_DIST = resolve('apps/api/dist');
}

async function main(): Promise<void> {
  const options = parseCommandLine();
  const log = (message: string) => console.log(`[bench] ${message}`);
  if (!options.smoke) buildApi(log);
  const database = await openBenchDatabase(options.scale, log);
  const workDir = mkdtempSync(join(tmpdir(), 'loa-bench-'));
  const outcomes: ScenarioOutcome[] = [];
  try {
    const dataSummary = await ensureScaleSeed(database.dataSource, options.scale, log);
    const context: BenchContext = {
      databaseUrl: database.url,
      dataSource: database.dataSource,
      scale: options.scale,
      smoke: options.smoke,
      runs: options.smoke ? 1 : 5,
      warmups: 1,
      loadSeconds: options.smoke ? 1 : 10,
      workDir,
      log,
    };
    const selected = SCENARIOS.filter((s) => !options.only || options.only.includes(s.id));
    for (const [index, scenario] of selected.entries()) {
      log(`(${index + 1}/${selected.length}) ${scenario.title} …`);
      try {
        const result = await scenario.run(context);
        outcomes.push({ scenario, result });
        log(`    ${verdict({ scenario, result })}`);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        outcomes.push({ scenario, error: message });
        log(`    failed: ${message}`);
      }
    }
    console.log(`\n${renderConsoleTable(outcomes)}\n`);
    if (options.out) {
      const machine = await readMachineFacts(database.dataSource);
      mkdirSync(dirname(options.out), { recursive: true });
      const report = renderMarkdown(outcomes, machine, context, [
        ...dataSummary,
        `API under test: ${apiUnderTest()}`,
      ]);
      writeFileSync(options.out, report);
      log(`Report written to ${options.out}`);
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
    await database.close();
  }
  // A scenario that could not run is an error; a goal not met is a finding, reported above.
  if (outcomes.some((outcome) => outcome.error)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
