import { loadavg } from 'node:os';
import { formatNumber, median } from '../../support/bench-stats';
import type { BenchContext } from '../../support/bench-types';
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
  /** req/s of each measured run, in order (the figure above is their median). */
  runs: number[];
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

/** Seconds of each measured load run: half the scenario's load time, at least one. */
export const loadRunSeconds = (context: Pick<BenchContext, 'loadSeconds'>): number =>
  Math.max(1, Math.round(context.loadSeconds / 2));

/**
 * The median run of several: req/s, latencies and CPU per request are medians over the runs;
 * answered and failed requests are summed (every request counts for the "0 failed" checks).
 */
export function medianLoad(runs: MeasuredLoad[]): MeasuredLoad {
  const cpu = runs.map((r) => r.cpuPerRequest).filter((c): c is CpuTime => c !== undefined);
  return {
    requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
    p50Ms: median(runs.map((r) => r.p50Ms)),
    p99Ms: median(runs.map((r) => r.p99Ms)),
    ok: runs.reduce((sum, r) => sum + r.ok, 0),
    failed: runs.reduce((sum, r) => sum + r.failed, 0),
    cpuPerRequest:
      cpu.length === runs.length
        ? { userMs: median(cpu.map((c) => c.userMs)), systemMs: median(cpu.map((c) => c.systemMs)) }
        : undefined,
    runs: runs.map((r) => r.requestsPerSecond),
  };
}

/**
 * Loa and its floor under the same load: each warmed up, then `rounds` bounded runs of `seconds`
 * at `connections`, floor and Loa alternating (so a change in the machine's load hits both),
 * from this process on loopback; each side's figures are the medians of its runs.
 */
export async function loadAgainstFloor(
  context: Pick<BenchContext, 'loadSeconds' | 'runs' | 'smoke' | 'log'>,
  targets: { loa: LoadTarget; floor: LoadTarget; connections: number },
): Promise<LoadPair> {
  const options = {
    ...targets,
    // Several alternating runs, the figure is their median: the load time split in halves.
    seconds: loadRunSeconds(context),
    rounds: context.runs,
    smoke: context.smoke,
    log: context.log,
  };
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
    return { ...result, cpuPerRequest, runs: [result.requestsPerSecond] };
  };
  const warmup = options.smoke ? WARMUP_SECONDS.smoke : WARMUP_SECONDS.full;
  const floorWarmup = await drive(options.floor, warmup);
  const loaWarmup = await drive(options.loa, warmup);
  const before = loadavg()[0];
  const floorRuns: MeasuredLoad[] = [];
  const loaRuns: MeasuredLoad[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    options.log(
      `    round ${round}/${options.rounds}: floor then Loa, ${options.seconds} s each at ` +
        `${options.connections} connections …`,
    );
    floorRuns.push(await drive(options.floor, options.seconds));
    loaRuns.push(await drive(options.loa, options.seconds));
  }
  return {
    loa: medianLoad(loaRuns),
    floor: medianLoad(floorRuns),
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
  const runs =
    result.runs.length > 1
      ? ` (median of ${result.runs.length} runs: ${result.runs.map(formatNumber).join(', ')} req/s)`
      : '';
  return (
    `${label}: ${formatNumber(result.requestsPerSecond)} req/s${runs}, p50 ${formatNumber(result.p50Ms)} ms, ` +
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
