import { loadavg } from 'node:os';
import { formatNumber } from '../../support/bench-stats';
import { runHttpLoad, type LoadResult } from '../../support/http-load';
import { processCpu, type CpuTime } from './process-cpu';

export interface LoadTarget {
  url: string;
  paths: readonly string[];
  headers?: Record<string, string>;
  /** The server's process, to tell how much CPU it spent per request. */
  pid?: number;
}

export interface MeasuredLoad extends LoadResult {
  /** CPU milliseconds the server process spent per request, user and kernel (when /proc tells). */
  cpuPerRequest?: CpuTime;
}

export interface LoadPair {
  loa: MeasuredLoad;
  floor: MeasuredLoad;
  /** Requests each server answered 2xx during its warm-up. */
  warmupAnswers: { loa: number; floor: number };
  /** One-minute load average of the machine before and after the measured runs. */
  loadAverage: { before: number; after: number };
}

/** Seconds of untimed load on each server before the measured run (JIT, caches, pools). */
const WARMUP_SECONDS = { smoke: 1, full: 2 };

/**
 * Loa and its floor under the same load: each warmed up, then one bounded run each of `seconds`
 * at `connections`, floor first, from this process on loopback.
 */
export async function loadAgainstFloor(options: {
  loa: LoadTarget;
  floor: LoadTarget;
  connections: number;
  seconds: number;
  smoke: boolean;
  log(message: string): void;
}): Promise<LoadPair> {
  const drive = async (target: LoadTarget, seconds: number): Promise<MeasuredLoad> => {
    const cpuBefore = processCpu(target.pid);
    const result = await runHttpLoad({
      url: target.url,
      paths: target.paths,
      headers: target.headers,
      connections: options.connections,
      seconds,
    });
    const cpuAfter = processCpu(target.pid);
    const requests = result.ok + result.failed;
    const cpuPerRequest =
      cpuBefore && cpuAfter && requests > 0
        ? {
            userMs: (cpuAfter.userMs - cpuBefore.userMs) / requests,
            systemMs: (cpuAfter.systemMs - cpuBefore.systemMs) / requests,
          }
        : undefined;
    return { ...result, cpuPerRequest };
  };
  const warmup = options.smoke ? WARMUP_SECONDS.smoke : WARMUP_SECONDS.full;
  const floorWarmup = await drive(options.floor, warmup);
  const loaWarmup = await drive(options.loa, warmup);
  const before = loadavg()[0];
  options.log(`    floor: ${options.seconds} s at ${options.connections} connections …`);
  const floor = await drive(options.floor, options.seconds);
  options.log(`    Loa: ${options.seconds} s at ${options.connections} connections …`);
  const loa = await drive(options.loa, options.seconds);
  return {
    loa,
    floor,
    warmupAnswers: { loa: loaWarmup.ok, floor: floorWarmup.ok },
    loadAverage: { before, after: loadavg()[0] },
  };
}

/** A report line for one side: req/s, p50, p99, failures and CPU per request. */
export function describeLoad(label: string, result: MeasuredLoad): string {
  const cpu = result.cpuPerRequest
    ? `, server CPU per request ${formatNumber(result.cpuPerRequest.userMs)} ms user + ` +
      `${formatNumber(result.cpuPerRequest.systemMs)} ms kernel`
    : '';
  return (
    `${label}: ${formatNumber(result.requestsPerSecond)} req/s, p50 ${formatNumber(result.p50Ms)} ms, ` +
    `p99 ${formatNumber(result.p99Ms)} ms, ${formatNumber(result.ok)} answered 2xx, ` +
    `${formatNumber(result.failed)} failed${cpu}`
  );
}

/** Refuses a measurement where a side failed requests: its req/s would not be the same work. */
export function assertNoFailures(pair: LoadPair): void {
  for (const [side, result] of [
    ['Loa', pair.loa],
    ['floor', pair.floor],
  ] as const) {
    if (result.failed > 0 || result.ok === 0) {
      throw new Error(
        `${side} failed ${result.failed} of ${result.ok + result.failed} requests under load`,
      );
    }
  }
}
