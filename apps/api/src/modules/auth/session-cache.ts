import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../../common/auth/auth-user';

const TTL_MS = 30_000;

/**
 * Resolved callers by session, kept for a few seconds so that a guarded read costs no extra
 * query. Logout, a disabled account or a changed grant drop the entries at once.
 */
@Injectable()
export class SessionCache {
  private readonly entries = new Map<string, { user: AuthUser; at: number }>();

  get(sessionId: string, now = Date.now()): AuthUser | undefined {
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    if (now - entry.at > TTL_MS) {
      this.entries.delete(sessionId);
      return undefined;
    }
    return entry.user;
  }

  set(user: AuthUser, now = Date.now()): void {
    if (this.entries.size > 10_000) this.entries.clear();
    this.entries.set(user.sessionId, { user, at: now });
  }

  dropSession(sessionId: string): void {
    this.entries.delete(sessionId);
  }

  dropUser(userId: string): void {
    for (const [key, entry] of this.entries) if (entry.user.id === userId) this.entries.delete(key);
  }
}
