import { Inject, Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { LOA_ENV, LoaEnv } from '../../../config/env';

/** How long a lesson file link works: long enough to watch a long video on a slow connection. */
const LINK_TTL_MS = 6 * 60 * 60 * 1000;

/**
 * Signed, short-lived links to lesson files. A `<video src>` or `<iframe src>` cannot send the
 * Authorization header, so the player gets `…/stream?t=<person>.<expiry>.<signature>`: the
 * signature (HMAC-SHA256 with the server's secret) binds the file, the learner and the expiry.
 */
@Injectable()
export class FileLinkToken {
  constructor(@Inject(LOA_ENV) private readonly env: LoaEnv) {}

  sign(fileId: string, personId: string, now = Date.now()): string {
    const expires = Math.floor((now + LINK_TTL_MS) / 1000);
    return `${personId}.${expires}.${this.signature(fileId, personId, expires)}`;
  }

  /** The learner the link was made for, or null when it is forged, for another file or expired. */
  verify(fileId: string, token: string | undefined, now = Date.now()): string | null {
    const [personId, expiresText, signature] = (token ?? '').split('.');
    const expires = Number(expiresText);
    if (!personId || !signature || !Number.isInteger(expires) || expires * 1000 < now) return null;
    const expected = Buffer.from(this.signature(fileId, personId, expires));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given) ? personId : null;
  }

  private signature(fileId: string, personId: string, expires: number): string {
    return createHmac('sha256', this.env.jwtSecret)
      .update(`lesson-file|${fileId}|${personId}|${expires}`)
      .digest('base64url');
  }
}
