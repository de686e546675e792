import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { AccessTokenPayload } from './auth.service';

/** Tokens remembered at most; past it the memory starts again (a token is then verified anew). */
const MAX_REMEMBERED = 10_000;

/**
 * `Authorization: Bearer <token>` → the token (scheme case-insensitive), else null; read as
 * passport-jwt read it (the first two words).
 */
export function bearerToken(header: string | string[] | undefined): string | null {
  const match = typeof header === 'string' ? /(\S+)\s+(\S+)/.exec(header) : null;
  return match && match[1].toLowerCase() === 'bearer' ? match[2] : null;
}

/**
 * Checks access tokens (HS256 signature and expiry) and remembers the ones found genuine until
 * they expire: a token's signature never changes, so the next request with the very same token
 * costs a map lookup instead of an HMAC and two JSON parses. Whether its session still holds is
 * decided per request afterwards (AuthService.resolve), so logout still ends it at once.
 */
@Injectable()
export class AccessTokenVerifier {
  private readonly genuine = new Map<string, { payload: AccessTokenPayload; expiresAt: number }>();

  constructor(private readonly jwt: JwtService) {}

  /** The payload of a genuine, unexpired token, or null. */
  verify(token: string | null, now = Date.now()): AccessTokenPayload | null {
    if (!token) return null;
    const known = this.genuine.get(token);
    if (known) {
      if (now < known.expiresAt) return known.payload;
      this.genuine.delete(token);
      return null;
    }
    let payload: AccessTokenPayload & { exp?: number };
    try {
      payload = this.jwt.verify<AccessTokenPayload & { exp?: number }>(token);
    } catch {
      return null;
    }
    if (typeof payload.exp === 'number') {
      if (this.genuine.size >= MAX_REMEMBERED) this.genuine.clear();
      this.genuine.set(token, { payload, expiresAt: payload.exp * 1000 });
    }
    return payload;
  }
}
