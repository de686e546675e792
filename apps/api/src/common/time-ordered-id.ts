import { randomBytes } from 'node:crypto';

const hexOf = (bytes: Buffer): string => {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/**
 * `count` UUIDs of version 7 (RFC 9562): the Unix time in milliseconds, then random bits (one
 * draw of random bytes for all of them). Rows inserted together get neighbouring ids, so a bulk
 * insert fills a few pages at one end of the primary-key index instead of touching a random
 * page of it per row (and logging each whole page again after a checkpoint). Any UUID column
 * takes them like random ones.
 */
export function timeOrderedIds(count: number, now: number = Date.now()): string[] {
  const random = randomBytes(16 * count);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const bytes = random.subarray(16 * i, 16 * (i + 1));
    bytes.writeUIntBE(now, 0, 6);
    bytes[6] = 0x70 | (bytes[6] & 0x0f);
    bytes[8] = 0x80 | (bytes[8] & 0x3f);
    ids.push(hexOf(bytes));
  }
  return ids;
}
