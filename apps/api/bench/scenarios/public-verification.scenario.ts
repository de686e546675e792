import { cpus } from 'node:os';
import type { BenchContext, Scenario, ScenarioResult } from '../support/bench-types';
import { formatNumber } from '../support/bench-stats';
import type { ChildServer } from '../support/child-server';
import { apiProcessEnv } from './http/api-process-env';
import { startServers } from './http/start-servers';
import {
  assertNoFailures,
  describeLoad,
  loadAgainstFloor,
  loadRunSeconds,
} from './http/load-against-floor';
import { sampleColumn } from './http/sample-keys';
import {
  BENCH_VERIFICATION_SALT,
  lastCheckId,
  removeBenchChecks,
} from './http/verification-log-cleanup';

const CONNECTIONS = 50;
const SHARE_GOAL = 0.5;
/**
 * Verifications per minute the bench allows its one loopback address (LOA_VERIFY_RATE_LIMIT);
 * the default 30 would answer 429 after half a second. The limiter still runs on every request.
 */
const BENCH_RATE_LIMIT = 10_000_000;

/** Asks both servers about `number`: Loa must answer a status, the floor the same certificate. */
async function assertBothAnswer(loaUrl: string, floorUrl: string, number: string) {
  const encoded = encodeURIComponent(number);
  const [loa, floor] = await Promise.all([
    fetch(`${loaUrl}/api/certificates/${encoded}/verify`),
    fetch(`${floorUrl}/certificates/${encoded}`),
  ]);
  const loaBody = (await loa.json()) as { status?: string; number?: string };
  const floorBody = (await floor.json()) as { number?: string };
  if (loa.status !== 200 || loaBody.number !== number || floorBody.number !== number) {
    throw new Error(
      `Loa (${loa.status}, ${loaBody.status}) or the floor (${floor.status}) does not know ${number}`,
    );
  }
}

async function run(context: BenchContext): Promise<ScenarioResult> {
  const numbers = await sampleColumn(context.dataSource, {
    table: 'certificates',
    column: 'number',
    count: context.smoke ? 200 : 5000,
    where: `approval = 'approved'`,
  });
  if (numbers.length === 0) throw new Error('the bench database holds no approved certificates');
  const logBefore = await lastCheckId(context.dataSource);
  const servers: ChildServer[] = [];
  let logged = 0;
  try {
    const [api, floor] = await startServers(
      context.databaseUrl,
      apiProcessEnv({
        LOA_VERIFY_RATE_LIMIT: String(BENCH_RATE_LIMIT),
        LOA_VERIFICATION_SALT: BENCH_VERIFICATION_SALT,
      }),
      servers,
    );
    await assertBothAnswer(api.url, floor.url, numbers[0]);
    const paths = numbers.map((number) => `/certificates/${encodeURIComponent(number)}`);
    const pair = await loadAgainstFloor(context, {
      loa: {
        url: api.url,
        paths: paths.map((path) => `/api${path}/verify`),
        pid: api.process.pid,
      },
      floor: { url: floor.url, paths, pid: floor.process.pid },
      connections: CONNECTIONS,
    });
    assertNoFailures(pair);
    // Stopping the API writes the checks it still holds; then they are counted and removed.
    for (const server of servers.splice(0).reverse()) await server.stop();
    logged = await removeBenchChecks(context.dataSource, logBefore);
    const answered = 1 + pair.warmupAnswers.loa + pair.loa.ok;
    if (logged < answered) {
      throw new Error(`only ${logged} of ${answered} verifications were logged`);
    }
    const share = pair.loa.requestsPerSecond / pair.floor.requestsPerSecond;
    return {
      figure: { value: pair.loa.requestsPerSecond, unit: 'req/s' },
      floor: { value: pair.floor.requestsPerSecond, unit: 'req/s' },
      ratio: { value: share, kind: 'share' },
      checks: [
        {
          goal: "≥ 50 % of the floor's req/s",
          actual: `${formatNumber(share * 100)} %`,
          met: share >= SHARE_GOAL,
        },
      ],
      notes: [
        `GET /api/certificates/:number/verify without login: rate limiter, lookup of the ` +
          `certificate with its programme, its unit's name on the issue date and any ` +
          `replacement, the public answer, and the check logged with a salted hash of the ` +
          `address (written in batches). Loa runs its lookup as a prepared statement, planned ` +
          `once per connection. The floor: bare Fastify and a pg Pool of Loa's size looking the ` +
          `certificate row up by its unique number with a plain query, nothing else.`,
        `Rate limit raised for the bench with LOA_VERIFY_RATE_LIMIT=${formatNumber(BENCH_RATE_LIMIT)} ` +
          `a minute (default 30): all load comes from one loopback address. The limiter still ` +
          `counts every request.`,
        `${formatNumber(numbers.length)} approved certificate numbers sampled across the table, ` +
          `asked in turn (valid, expired and revoked alike); ${CONNECTIONS} connections, ` +
          `${context.runs} alternating runs of ` +
          `${loadRunSeconds(context)} s each after a warm-up.`,
        describeLoad('Loa', pair.loa),
        describeLoad('Floor', pair.floor),
        `Every check logged: ${formatNumber(logged)} rows in verification_checks for ` +
          `${formatNumber(answered)} answers counted by the load generator (warm-up, measured ` +
          `run and the first probe; requests still in flight when a run stopped are logged ` +
          `but not counted). Removed afterwards.`,
        `Machine load average (1 min) ${pair.loadAverage.before.toFixed(1)} before, ` +
          `${pair.loadAverage.after.toFixed(1)} after, on ${cpus().length} cores.`,
      ],
    };
  } finally {
    for (const server of servers.reverse()) await server.stop();
    if (!logged) await removeBenchChecks(context.dataSource, logBefore);
  }
}

export const publicVerificationScenario: Scenario = {
  id: 'public-verification',
  title: 'Public certificate verification',
  goal: "≥ 50 % of the floor's req/s",
  floor: 'bare Fastify primary-key lookup',
  run,
};
