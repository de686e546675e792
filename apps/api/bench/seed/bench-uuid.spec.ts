import { benchUuid, UUID_TAGS } from './bench-uuid';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('benchUuid', () => {
  it('is shaped as a version-4 UUID and the same on every call', () => {
    const id = benchUuid(UUID_TAGS.person, 1_603_214);
    expect(id).toMatch(UUID_V4);
    expect(benchUuid(UUID_TAGS.person, 1_603_214)).toBe(id);
  });

  it('never gives two rows, or two tables, the same id', () => {
    const ids = new Set<string>();
    for (const tag of Object.values(UUID_TAGS)) {
      for (let index = 0; index < 20_000; index++) ids.add(benchUuid(tag, index));
    }
    expect(ids.size).toBe(Object.values(UUID_TAGS).length * 20_000);
  });

  it('spreads consecutive rows over the key space like random ids', () => {
    const firstDigits = new Set(
      Array.from({ length: 256 }, (_, i) => benchUuid(UUID_TAGS.unit, i).slice(0, 1)),
    );
    expect(firstDigits.size).toBe(16);
  });
});
