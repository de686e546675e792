import { performance } from 'node:perf_hooks';

export interface TimedRequest {
  url: string;
  headers?: Record<string, string>;
}

/** GETs `request` once; throws unless it answers 200; returns the parsed body. */
export async function getJson<T>(request: TimedRequest): Promise<T> {
  const response = await fetch(request.url, { headers: request.headers });
  const body = (await response.json()) as T;
  if (response.status !== 200) {
    throw new Error(`GET ${request.url} answered ${response.status}: ${JSON.stringify(body)}`);
  }
  return body;
}

/**
 * Sends the two requests alternately, one at a time (never concurrently), `count` times each
 * after `warmups` untimed rounds; returns each one's latencies in milliseconds (request sent to
 * body read). Every answer must be 200.
 */
export async function timeSequentialPairs(
  loa: TimedRequest,
  floor: TimedRequest,
  options: { count: number; warmups: number },
): Promise<{ loa: number[]; floor: number[] }> {
  const timed = async (request: TimedRequest) => {
    const started = performance.now();
    await getJson(request);
    return performance.now() - started;
  };
  for (let i = 0; i < options.warmups; i++) {
    await timed(floor);
    await timed(loa);
  }
  const latencies = { loa: [] as number[], floor: [] as number[] };
  for (let i = 0; i < options.count; i++) {
    latencies.floor.push(await timed(floor));
    latencies.loa.push(await timed(loa));
  }
  return latencies;
}
