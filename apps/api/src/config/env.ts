import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';

export interface LoaEnv {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  demo: boolean;
  adminUsername: string | undefined;
  adminPassword: string | undefined;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  secureCookies: boolean;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (for rate limits and logs). */
  trustProxy: boolean;
  /** Public certificate verifications allowed per client address and minute. */
  verificationsPerMinute: number;
  webDistDir: string | undefined;
  /** SMTP server for the mail outbox, e.g. smtp://user:pass@mail.example:587; unset: mail waits. */
  smtpUrl: string | undefined;
  mailFrom: string;
}

function parseBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

function parsePositiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0 || value > 65535 * 1000) {
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  }
  return value;
}

/** Reads and validates the environment once at boot; a bad value stops the process with a clear message. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): LoaEnv {
  const adminUsername = source.LOA_ADMIN_USERNAME || undefined;
  const adminPassword = source.LOA_ADMIN_PASSWORD || undefined;
  if ((adminUsername && !adminPassword) || (!adminUsername && adminPassword)) {
    throw new Error('LOA_ADMIN_USERNAME and LOA_ADMIN_PASSWORD must be set together');
  }
  if (adminPassword && adminPassword.length < 8) {
    throw new Error('LOA_ADMIN_PASSWORD must be at least 8 characters');
  }
  return {
    databaseUrl: source.DATABASE_URL || undefined,
    dataDir: resolve(source.LOA_DATA_DIR || './.data'),
    port: parsePositiveInt('PORT', source.PORT, 3000),
    demo: parseBoolean('LOA_DEMO', source.LOA_DEMO, false),
    adminUsername,
    adminPassword,
    // Unset: a random secret per process; access tokens end with a restart and the web app
    // refreshes silently. Several API processes must share LOA_JWT_SECRET.
    jwtSecret: source.LOA_JWT_SECRET || randomBytes(48).toString('base64url'),
    accessTokenTtlSeconds: parsePositiveInt(
      'LOA_ACCESS_TOKEN_TTL',
      source.LOA_ACCESS_TOKEN_TTL,
      900,
    ),
    refreshTokenTtlDays: parsePositiveInt(
      'LOA_REFRESH_TOKEN_DAYS',
      source.LOA_REFRESH_TOKEN_DAYS,
      14,
    ),
    secureCookies: parseBoolean('LOA_SECURE_COOKIES', source.LOA_SECURE_COOKIES, false),
    trustProxy: parseBoolean('LOA_TRUST_PROXY', source.LOA_TRUST_PROXY, false),
    verificationsPerMinute: parsePositiveInt(
      'LOA_VERIFY_RATE_LIMIT',
      source.LOA_VERIFY_RATE_LIMIT,
      30,
    ),
    webDistDir: source.LOA_WEB_DIST || undefined,
    smtpUrl: source.LOA_SMTP_URL || undefined,
    mailFrom: source.LOA_MAIL_FROM || 'Loa <no-reply@loa.local>',
  };
}

export const LOA_ENV = Symbol('LOA_ENV');
