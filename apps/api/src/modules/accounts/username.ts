import { foldVietnamese } from './vietnamese-fold';

export const USERNAME_PATTERN = /^[a-z0-9._-]{3,50}$/;
export const USERNAME_MAX_LENGTH = 50;

/** How a typed username is stored: NFC, trimmed, lower-case. */
export const normaliseUsername = (raw: string): string => raw.normalize('NFC').trim().toLowerCase();

/**
 * The login of a person on the roster: their name without accents or spaces, a dot, and their
 * staff code ("Nguyễn Văn An", "CB0012" → "nguyenvanan.cb0012"), cut to fit the length limit.
 */
export function usernameForPerson(fullName: string, staffCode: string): string {
  const baseMax = USERNAME_MAX_LENGTH - 3; // room for a "-2" … "-99" suffix
  const code = foldVietnamese(staffCode).replace(/[^a-z0-9._-]/g, '') || 'cb';
  const name = foldVietnamese(fullName).replace(/[^a-z0-9]/g, '') || 'canbo';
  return `${name.slice(0, Math.max(1, baseMax - code.length - 1))}.${code}`.slice(0, baseMax);
}

/** The first of `base`, `base-2`, `base-3`… that is not taken. */
export function firstFreeUsername(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
