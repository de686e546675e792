import { spawn, type ChildProcess } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';

export interface ChildServer {
  /** Base URL on loopback, e.g. http://127.0.0.1:41234 */
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Runs a server entry (a file under bench/, TypeScript through @swc-node/register or plain
 * JavaScript) in its own Node process, so the load generator and the server under test do not
 * share an event loop. The entry must print `LISTENING <port>` on stdout once it accepts
 * connections.
 */
export function startChildServer(
  entry: string,
  env: Record<string, string>,
  options: { timeoutMs?: number } = {},
): Promise<ChildServer> {
  const compile = entry.endsWith('.ts') ? ['-r', '@swc-node/register'] : [];
  const child = spawn(process.execPath, [...compile, resolve(__dirname, entry)], {
    cwd: process.cwd(),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return new Promise((resolveServer, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${entry} did not start within ${options.timeoutMs ?? 60000} ms`));
    }, options.timeoutMs ?? 60000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited with code ${code} before listening`));
    });
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /^LISTENING (\d+)$/.exec(line.trim());
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolveServer({ url: `http://127.0.0.1:${match[1]}`, process: child, stop });
    });
  });
}

/**
 * Starts the real Loa API (Nest on Fastify, every guard and pipe) on the bench database: the build
 * in BENCH_API_DIST when the full run has set it (run-bench builds first), else the source.
 */
export function startApiServer(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ChildServer> {
  return startChildServer('../servers/serve-api.js', { BENCH_DATABASE_URL: databaseUrl, ...env });
}

/** What the API child processes run, for the report. */
export function apiUnderTest(): string {
  return process.env.BENCH_API_DIST
    ? `the built API (${relative(process.cwd(), process.env.BENCH_API_DIST)}, as npm start runs it)`
    : 'the API source through @swc-node/register (no build)';
}
