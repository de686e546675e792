/**
 * Extra environment for the Loa API child: `LOA_BENCH_API_NODE_OPTIONS` (e.g.
 * `--require ./profile-hook.js`, as --cpu-prof is not allowed there) profiles the server under test without touching the
 * load generator or the floor.
 */
export function apiProcessEnv(extra: Record<string, string> = {}): Record<string, string> {
  const nodeOptions = process.env.LOA_BENCH_API_NODE_OPTIONS;
  return nodeOptions ? { ...extra, NODE_OPTIONS: nodeOptions } : extra;
}
