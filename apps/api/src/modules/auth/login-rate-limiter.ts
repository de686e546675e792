import { Injectable } from '@nestjs/common';

const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES_PER_WINDOW = 5;
const MAX_KEYS = 50_000;

/**
 * Failed logins per (address, username) and per address in a sliding window. Past the limit,
 * further attempts are refused before the password is even checked. In memory: one API process
 * guards itself; the account lock in the database stops slow attacks across restarts.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();

  isBlocked(ip: string, username: string, now = Date.now()): boolean {
    return (
      this.recent(`${ip}|${username}`, now) >= MAX_FAILURES_PER_WINDOW ||
      this.recent(ip, now) >= MAX_FAILURES_PER_WINDOW * 4
    );
  }

  recordFailure(ip: string, username: string, now = Date.now()): void {
    for (const key of [`${ip}|${username}`, ip]) {
      const list = this.failures.get(key) ?? [];
      list.push(now);
      this.failures.set(key, list);
    }
    if (this.failures.size > MAX_KEYS) this.prune(now);
  }

  recordSuccess(ip: string, username: string): void {
    this.failures.delete(`${ip}|${username}`);
  }

  private recent(key: string, now: number): number {
    const list = this.failures.get(key);
    if (!list) return 0;
    const fresh = list.filter((t) => now - t < WINDOW_MS);
    if (fresh.length === 0) this.failures.delete(key);
    else this.failures.set(key, fresh);
    return fresh.length;
  }

  private prune(now: number): void {
    for (const key of [...this.failures.keys()]) this.recent(key, now);
  }
}
