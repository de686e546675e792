import { Inject, Injectable, Optional } from '@nestjs/common';
import { LOA_ENV, type LoaEnv } from '../../config/env';

/** The default limit: public verifications per client address and minute. */
export const VERIFICATIONS_PER_WINDOW = 30;
const WINDOW_MS = 60 * 1000;
const MAX_CLIENTS = 50_000;

/** The times of a client's latest requests, at most `limit` of them, oldest at `next`. */
interface RecentHits {
  times: number[];
  next: number;
}

/**
 * Public verifications per client address: at most LOA_VERIFY_RATE_LIMIT (default 30) a minute,
 * sliding window, refused requests counted too, so numbers cannot be enumerated cheaply. In
 * memory, per API process; the verification log keeps the long view. Each client keeps only its
 * latest `limit` request times in a ring: a request is allowed when the `limit`-th latest before
 * it is a minute old — constant time per request whatever the limit.
 */
@Injectable()
export class VerificationRateLimiter {
  private readonly hits = new Map<string, RecentHits>();
  private readonly limit: number;

  constructor(@Optional() @Inject(LOA_ENV) env?: Pick<LoaEnv, 'verificationsPerMinute'>) {
    this.limit = env?.verificationsPerMinute ?? VERIFICATIONS_PER_WINDOW;
  }

  /** Counts this request; false when the client is over the limit. */
  allow(client: string, now = Date.now()): boolean {
    let recent = this.hits.get(client);
    if (!recent) {
      if (this.hits.size >= MAX_CLIENTS) this.prune(now);
      recent = { times: [], next: 0 };
      this.hits.set(client, recent);
    }
    if (recent.times.length < this.limit) {
      recent.times.push(now);
      return true;
    }
    const oldest = recent.times[recent.next];
    recent.times[recent.next] = now;
    recent.next = (recent.next + 1) % this.limit;
    return now - oldest >= WINDOW_MS;
  }

  private prune(now: number): void {
    for (const [client, recent] of this.hits) {
      const latest = recent.times[(recent.next + recent.times.length - 1) % recent.times.length];
      if (now - latest >= WINDOW_MS) this.hits.delete(client);
    }
  }
}
