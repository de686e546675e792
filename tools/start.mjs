#!/usr/bin/env node
// `npm start`: builds the web app and the API (cached by Nx after the first time), then runs
// Loa on its embedded PostgreSQL with the demo city unless told otherwise (LOA_DEMO=false).
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
console.log('Building Loa (the first time takes a minute) …');
const build = spawnSync(
  'npx',
  ['nx', 'run-many', '-t', 'build', '-p', '@loa/web', '@loa/api', '--outputStyle=static'],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const child = spawn(process.execPath, [join(root, 'apps/api/dist/apps/api/src/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: { LOA_DEMO: 'true', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
