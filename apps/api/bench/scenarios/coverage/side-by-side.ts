import { timeOnce } from '../../support/bench-stats';

/**
 * Times Loa and its floor alternately, `runs` times each after `warmups` untimed rounds of both,
 * so both see the same machine: a busy moment slows one run of each, not all runs of one.
 * Returns every timed duration in milliseconds, in order.
 */
export async function timeSideBySide(
  loa: () => Promise<unknown>,
  floor: () => Promise<unknown>,
  options: { runs: number; warmups: number },
): Promise<{ loa: number[]; floor: number[] }> {
  for (let i = 0; i < options.warmups; i++) {
    await floor();
    await loa();
  }
  const times = { loa: [] as number[], floor: [] as number[] };
  for (let i = 0; i < options.runs; i++) {
    times.floor.push(await timeOnce(floor));
    times.loa.push(await timeOnce(loa));
  }
  return times;
}
