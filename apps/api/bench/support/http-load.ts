import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Requests that got a 2xx answer. */
  ok: number;
  /** Connection errors, timeouts and non-2xx answers together. */
  failed: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH';
  headers?: Record<string, string>;
  body?: string;
  /**
   * Paths (with query) to request in turn instead of the path of `url`, e.g. one staff code per
   * request, so the server does not answer the same row all the time.
   */
  paths?: readonly string[];
}

/** A request setup that hands out `paths` in turn, shared by every connection. */
function rotatingPaths(paths: readonly string[]): autocannon.Request[] {
  let next = 0;
  return [
    {
      setupRequest: (request) => {
        const path = paths[next];
        next = (next + 1) % paths.length;
        return { ...request, path };
      },
    },
  ];
}

/** Drives `url` from this process with autocannon on loopback for a bounded time. */
export async function runHttpLoad(options: LoadOptions): Promise<LoadResult> {
  if (options.paths && options.paths.length === 0) throw new Error('paths is empty');
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    method: options.method ?? 'GET',
    headers: options.headers,
    body: options.body,
    requests: options.paths ? rotatingPaths(options.paths) : undefined,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    ok: result['2xx'],
    failed: result.errors + result.timeouts + result.non2xx,
  };
}
