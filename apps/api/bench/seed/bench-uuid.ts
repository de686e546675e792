/** MurmurHash3's finaliser: spreads the bits of a 32-bit integer. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit seed for the `index`-th stream of `seed` (one per unit, per branch …). */
export const streamSeed = (seed: number, index: number): number =>
  mix32(seed ^ mix32(index + 0x2545f491));

const hex = (value: number, width: number): string =>
  value.toString(16).padStart(width, '0').slice(-width);

/** Which table an id belongs to: part of the id, so two tables never share one. */
export const UUID_TAGS = {
  unit: 1,
  unitVersion: 2,
  person: 3,
  assignment: 4,
  certificate: 5,
} as const;

/**
 * The id of row `index` of a table, the same on every run (crypto.randomUUID is not): shaped
 * as a version-4 UUID, spread like a random one by its first 48 bits (so indexes see the same
 * key order as in production), unique by its last 64 bits (table tag and row index).
 */
export function benchUuid(tag: number, index: number): string {
  const a = mix32(Math.imul(tag, 0x9e3779b1) ^ index);
  const b = mix32(a ^ Math.imul(index, 0x27d4eb2d));
  return `${hex(a, 8)}-${hex(b >>> 16, 4)}-4${hex(b, 3)}-8${hex(tag, 3)}-${hex(index, 12)}`;
}
