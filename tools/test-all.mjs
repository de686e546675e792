#!/usr/bin/env node
// Runs every test suite (libs, API, browser) through Nx, one project at a time so the
// embedded PostgreSQL clusters never compete, then prints one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, '.reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const run = spawnSync(
  'npx',
  ['nx', 'run-many', '-t', 'test', '--parallel=1', '--outputStyle=stream', '--skipNxCache'],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, LOA_TEST_REPORTS: reports, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  },
);

let passed = 0;
let failed = 0;
const files = existsSync(reports) ? readdirSync(reports).filter((f) => f.endsWith('.json')) : [];
for (const file of files) {
  const report = JSON.parse(readFileSync(join(reports, file), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A suite that could not even start counts as a failure, not as silence.
  failed += report.testResults.filter(
    (r) => r.status === 'failed' && r.assertionResults.length === 0,
  ).length;
}
if (run.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || run.status !== 0 ? 1 : 0);
