import { formatNumber, median, percentile, timeRuns } from './bench-stats';

describe('bench statistics', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ])('median of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('refuses the median of nothing', () => {
    expect(() => median([])).toThrow();
  });

  it.each([
    [50, 50],
    [95, 95],
    [99, 99],
    [100, 100],
    [1, 1],
  ])('p%d of 1..100 is %d (nearest rank)', (p, expected) => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, p)).toBe(expected);
  });

  it('times the runs after the warm-ups only', async () => {
    let calls = 0;
    const durations = await timeRuns(
      () => {
        calls += 1;
        return Promise.resolve();
      },
      { runs: 3, warmups: 2 },
    );
    expect(calls).toBe(5);
    expect(durations).toHaveLength(3);
  });

  it.each([
    [1234.5, '1,235'],
    [12.345, '12.3'],
    [0.1234, '0.12'],
  ])('formats %d as %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });
});
