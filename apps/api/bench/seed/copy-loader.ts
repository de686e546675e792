import type { PoolClient } from 'pg';
import { formatNumber } from '../support/bench-stats';
import { copyRowsInto, type CopyTarget } from '../../src/common/copy-into';
import type { CopyValue } from '../../src/common/copy-text';

const PROGRESS_EVERY_ROWS = 250_000;

/**
 * Streams `rows` into `target` with COPY FROM STDIN on the caller's connection (and so inside
 * its transaction), logging progress; returns the number of rows.
 */
export async function copyRows(
  client: PoolClient,
  target: CopyTarget,
  rows: Iterable<readonly CopyValue[]>,
  log: (message: string) => void,
): Promise<number> {
  const started = performance.now();
  let count = 0;
  const rate = () => {
    const seconds = (performance.now() - started) / 1000;
    return `${formatNumber(count)} rows in ${formatNumber(seconds)} s (${formatNumber(count / Math.max(seconds, 0.001))} rows/s)`;
  };
  function* counted(): Generator<readonly CopyValue[]> {
    for (const row of rows) {
      count++;
      if (count % PROGRESS_EVERY_ROWS === 0) log(`  ${target.table}: ${rate()} …`);
      yield row;
    }
  }
  await copyRowsInto(client, target, counted());
  log(`${target.table}: ${rate()}`);
  return count;
}
