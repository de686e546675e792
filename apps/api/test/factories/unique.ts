import { randomBytes } from 'node:crypto';

/** A short unique suffix, so tests sharing one database never collide on codes. */
export const unique = (prefix = 'T'): string =>
  `${prefix}${randomBytes(5).toString('hex').toUpperCase()}`;
