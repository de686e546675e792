import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { formatNumber } from '../support/bench-stats';
import { encodeCopyRow, type CopyValue } from '../../src/common/copy-text';

/** Bytes of COPY text gathered before a write: few large writes, bounded memory. */
const CHUNK_BYTES = 256 * 1024;
const PROGRESS_EVERY_ROWS = 250_000;

export interface CopyTarget {
  table: string;
  columns: readonly string[];
}

/**
 * Streams `rows` into `target` with COPY FROM STDIN (TEXT format) on the caller's connection
 * (and so inside its transaction), logging progress; returns the number of rows.
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
  function* chunks(): Generator<Buffer> {
    let text = '';
    for (const row of rows) {
      text += encodeCopyRow(row);
      count++;
      if (count % PROGRESS_EVERY_ROWS === 0) log(`  ${target.table}: ${rate()} …`);
      if (text.length >= CHUNK_BYTES) {
        yield Buffer.from(text, 'utf8');
        text = '';
      }
    }
    if (text) yield Buffer.from(text, 'utf8');
  }
  const sql = `COPY ${target.table} (${target.columns.join(', ')}) FROM STDIN`;
  await pipeline(Readable.from(chunks(), { objectMode: false }), client.query(copyFrom(sql)));
  log(`${target.table}: ${rate()}`);
  return count;
}
