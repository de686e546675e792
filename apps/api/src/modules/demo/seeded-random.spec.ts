import { SeededRandom } from './seeded-random';

const draw = (seed: number, n: number) => {
  const rng = new SeededRandom(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('SeededRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    expect(draw(42, 100)).toEqual(draw(42, 100));
    expect(draw(42, 100)).not.toEqual(draw(43, 100));
  });

  it('stays within [0, 1) and spreads evenly', () => {
    const values = draw(7, 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 1);
  });

  it('draws integers and dates within inclusive bounds, reaching both ends', () => {
    const rng = new SeededRandom(1);
    const ints = new Set(Array.from({ length: 2_000 }, () => rng.int(3, 6)));
    expect([...ints].sort()).toEqual([3, 4, 5, 6]);
    const dates = new Set(
      Array.from({ length: 2_000 }, () => rng.date('2024-02-28', '2024-03-01')),
    );
    expect([...dates].sort()).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
    expect(() => rng.date('2026-01-02', '2026-01-01')).toThrow(/empty date range/);
  });

  it('samples distinct items and picks by weight', () => {
    const rng = new SeededRandom(9);
    const sample = rng.sample([1, 2, 3, 4, 5, 6, 7, 8], 5);
    expect(new Set(sample).size).toBe(5);
    const picks = Array.from({ length: 10_000 }, () =>
      rng.weighted([
        ['rare', 1],
        ['common', 9],
      ] as const),
    );
    const rare = picks.filter((p) => p === 'rare').length / picks.length;
    expect(rare).toBeGreaterThan(0.07);
    expect(rare).toBeLessThan(0.13);
  });
});
