import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SCENARIOS } from '../../bench/scenarios';
import { withAdminClient } from '../support/seeded-demo-app';

const REPO_ROOT = resolve(__dirname, '../../../..');

/** Runs `npm run bench -- --smoke` as a newcomer would, against a fresh database of its own. */
function runSmokeBench(
  databaseUrl: string,
  out: string,
): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn('npm', ['run', 'bench', '--', '--smoke', '--out', out], {
      cwd: REPO_ROOT,
      env: { ...process.env, LOA_BENCH_DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => done({ code, output }));
  });
}

describe('npm run bench -- --smoke (the benchmark cannot rot)', () => {
  const name = `loa_bench_smoke_${randomBytes(4).toString('hex')}`;
  const dir = mkdtempSync(join(tmpdir(), 'loa-bench-smoke-'));
  let result: { code: number | null; output: string };
  let report: string;

  beforeAll(async () => {
    await withAdminClient((client) => client.query(`CREATE DATABASE ${name}`));
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    result = await runSmokeBench(url.toString(), join(dir, 'benchmarks.md'));
    report = result.code === 0 ? readFileSync(join(dir, 'benchmarks.md'), 'utf8') : '';
  }, 600_000);

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  });

  it('seeds the smoke scale and runs every scenario to a figure', () => {
    if (result.code !== 0) throw new Error(`bench exited with ${result.code}:\n${result.output}`);
    expect(report).toContain('Smoke run');
  });

  it.each(SCENARIOS.map((scenario) => [scenario.id, scenario.title]))(
    '%s reports a figure, its floor and a verdict',
    (_id, title) => {
      const row = report.split('\n').find((line) => line.startsWith(`| ${title} |`));
      expect(row).toBeDefined();
      const cells = row!.split(' | ');
      // Loa figure and floor figure are numbers with units, never a dash.
      expect(cells[1]).toMatch(/^[\d,.]+ \S+/);
      expect(cells[2]).toMatch(/^[\d,.]+ \S+/);
      expect(row).toMatch(/\*\*(met|not met)\*\* \|$/);
    },
  );
});
