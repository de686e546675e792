import { Injectable } from '@nestjs/common';

export const VERIFICATIONS_PER_WINDOW = 30;
const WINDOW_MS = 60 * 1000;
const MAX_CLIENTS = 50_000;

/**
 * Public verifications per client address: at most 30 a minute (sliding window), so numbers
 * cannot be enumerated cheaply. In memory, per API process; the verification log keeps the
 * long view.
 */
@Injectable()
export class VerificationRateLimiter {
  private readonly hits = new Map<string, number[]>();

  /** Counts this request; false when the client is over the limit. */
  allow(client: string, now = Date.now()): boolean {
    const recent = (this.hits.get(client) ?? []).filter((t) => now - t < WINDOW_MS);
    recent.push(now);
    this.hits.set(client, recent);
    if (this.hits.size > MAX_CLIENTS) this.prune(now);
    return recent.length <= VERIFICATIONS_PER_WINDOW;
  }

  private prune(now: number): void {
    for (const [client, times] of this.hits) {
      if (times.every((t) => now - t >= WINDOW_MS)) this.hits.delete(client);
    }
  }
}
