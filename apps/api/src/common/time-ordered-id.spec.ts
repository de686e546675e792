import { timeOrderedIds } from './time-ordered-id';

describe('timeOrderedIds', () => {
  it('gives version 7, variant 1 UUIDs carrying the time in their first 48 bits', () => {
    const ids = timeOrderedIds(3, Date.UTC(2026, 8, 5));
    expect(ids).toHaveLength(3);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.UTC(2026, 8, 5));
    }
  });

  it('sorts later ids after earlier ones and never repeats', () => {
    const earlier = timeOrderedIds(1000, 1_800_000_000_000);
    const [later] = timeOrderedIds(1, 1_800_000_000_001);
    expect(new Set(earlier).size).toBe(1000);
    for (const id of earlier) expect(id < later).toBe(true);
  });

  it('gives nothing when asked for nothing', () => {
    expect(timeOrderedIds(0)).toEqual([]);
  });
});
