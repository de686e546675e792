import { cpus } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import type { BenchContext, Scenario, ScenarioResult } from '../support/bench-types';
import { formatNumber } from '../support/bench-stats';
import type { ChildServer } from '../support/child-server';
import { apiProcessEnv } from './http/api-process-env';
import { ensureBenchAdmin, loginForToken, removeBenchAdmin } from '../support/bench-admin';
import { startServers } from './http/start-servers';
import {
  assertNoFailures,
  describeLoad,
  loadAgainstFloor,
  loadRunSeconds,
  type MeasuredLoad,
} from './http/load-against-floor';
import { sampleColumn } from './http/sample-keys';

const CONNECTIONS = 50;
const SHARE_GOAL = 0.6;
const P99_GOAL_MS = 10;

/** Fetches `path` from both servers and insists they answer 200 with the same person. */
async function assertSameAnswer(
  loaUrl: string,
  floorUrl: string,
  staffCode: string,
  token: string,
) {
  const path = `/people/${encodeURIComponent(staffCode)}`;
  const [loa, floor] = await Promise.all([
    fetch(`${loaUrl}/api${path}`, { headers: { authorization: `Bearer ${token}` } }),
    fetch(`${floorUrl}${path}`),
  ]);
  const [loaBody, floorBody] = [await loa.json(), await floor.json()];
  if (loa.status !== 200 || floor.status !== 200 || !isDeepStrictEqual(loaBody, floorBody)) {
    throw new Error(
      `Loa (${loa.status}) and the floor (${floor.status}) answer ${staffCode} differently`,
    );
  }
}

/** How much more CPU Loa's process spends per request than the floor's, and where it goes. */
function extraCpuNote(loa: MeasuredLoad, floor: MeasuredLoad): string[] {
  if (!loa.cpuPerRequest || !floor.cpuPerRequest) return [];
  const extra =
    loa.cpuPerRequest.userMs +
    loa.cpuPerRequest.systemMs -
    floor.cpuPerRequest.userMs -
    floor.cpuPerRequest.systemMs;
  return [
    `Loa's process spends ${formatNumber(extra)} ms more CPU per request than the floor's: the ` +
      `JWT guard (a verified token is remembered until it expires, the session cached), the ` +
      `role and scope check and the validation pipe. The three statements run as prepared ` +
      `statements on both sides (common/prepared-query.ts).`,
  ];
}

async function run(context: BenchContext): Promise<ScenarioResult> {
  const staffCodes = await sampleColumn(context.dataSource, {
    table: 'people',
    column: 'staff_code',
    count: context.smoke ? 200 : 5000,
  });
  if (staffCodes.length === 0) throw new Error('the bench database holds no people');
  const account = await ensureBenchAdmin(context.dataSource, 'bench-http-admin');
  const servers: ChildServer[] = [];
  try {
    const [api, floor] = await startServers(context.databaseUrl, apiProcessEnv(), servers);
    const token = await loginForToken(api.url, account);
    await assertSameAnswer(api.url, floor.url, staffCodes[0], token);
    const paths = staffCodes.map((code) => `/people/${encodeURIComponent(code)}`);
    const pair = await loadAgainstFloor(context, {
      loa: {
        url: api.url,
        paths: paths.map((path) => `/api${path}`),
        headers: { authorization: `Bearer ${token}` },
        pid: api.process.pid,
      },
      floor: { url: floor.url, paths, pid: floor.process.pid },
      connections: CONNECTIONS,
    });
    assertNoFailures(pair);
    const share = pair.loa.requestsPerSecond / pair.floor.requestsPerSecond;
    // Little's law: with every connection busy, mean latency = connections / throughput.
    const p99Reachable = (CONNECTIONS / pair.floor.requestsPerSecond) * 1000;
    const checks = [
      {
        goal: "≥ 60 % of the floor's req/s",
        actual: `${formatNumber(share * 100)} %`,
        met: share >= SHARE_GOAL,
      },
      {
        goal: `p99 ≤ ${P99_GOAL_MS} ms at ${CONNECTIONS} connections`,
        actual: `${formatNumber(pair.loa.p99Ms)} ms`,
        met: pair.loa.p99Ms <= P99_GOAL_MS,
      },
    ];
    return {
      figure: { value: pair.loa.requestsPerSecond, unit: 'req/s' },
      floor: { value: pair.floor.requestsPerSecond, unit: 'req/s' },
      ratio: { value: share, kind: 'share' },
      checks,
      notes: [
        `GET /api/people/:staffCode as a department administrator (Bearer token from POST ` +
          `/api/auth/login): JWT guard, role and scope check, global ValidationPipe, then the ` +
          `person read — three indexed queries (person by staff code, their assignments with ` +
          `each unit's name on the start date, their login). The floor runs the same three ` +
          `statements (Loa's PersonDetailQuery on a bare pg Pool of Loa's size) behind bare ` +
          `Fastify, without auth or validation; both answer the same JSON (checked).`,
        `${formatNumber(staffCodes.length)} staff codes sampled across the table, requested in ` +
          `turn; ${CONNECTIONS} connections, ${context.runs} alternating runs of ` +
          `${loadRunSeconds(context)} s each after a warm-up.`,
        describeLoad('Loa', pair.loa),
        describeLoad('Floor', pair.floor),
        ...(pair.loa.p99Ms > P99_GOAL_MS
          ? [
              `p99 ≤ ${P99_GOAL_MS} ms at ${CONNECTIONS} connections needs at least ` +
                `${formatNumber((CONNECTIONS * 1000) / P99_GOAL_MS)} req/s even if every request ` +
                `took the same time (Little's law: latency = connections / throughput); here ` +
                `the floor itself averages ${formatNumber(p99Reachable)} ms a request at ` +
                `${formatNumber(pair.floor.requestsPerSecond)} req/s. What closes it: fewer ` +
                `connections per core (or more cores: 2 shared here), and one statement instead ` +
                `of three for the person read.`,
            ]
          : []),
        ...extraCpuNote(pair.loa, pair.floor),
        `Machine load average (1 min) ${pair.loadAverage.before.toFixed(1)} before, ` +
          `${pair.loadAverage.after.toFixed(1)} after, on ${cpus().length} cores.`,
      ],
    };
  } finally {
    for (const server of servers.reverse()) await server.stop();
    await removeBenchAdmin(context.dataSource, account.userId);
  }
}

export const apiReadLoadScenario: Scenario = {
  id: 'api-read-load',
  title: 'API read under load (auth, validation, one indexed query)',
  goal: "≥ 60 % of the floor's req/s and p99 ≤ 10 ms at 50 connections",
  floor: 'bare Fastify running the same query',
  run,
};
