import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';
import { encodeCopyRow, type CopyValue } from './copy-text';

/** Characters of COPY text gathered before a write: few large writes, bounded memory. */
const CHUNK_CHARS = 256 * 1024;

function* copyText(rows: Iterable<readonly CopyValue[]>): Generator<string> {
  let text = '';
  for (const row of rows) {
    text += encodeCopyRow(row);
    if (text.length >= CHUNK_CHARS) {
      yield text;
      text = '';
    }
  }
  if (text) yield text;
}

/**
 * Writes `rows` into `table` (its `columns`, in that order) with COPY FROM STDIN on the
 * manager's own connection, so inside its transaction: one stream of text instead of a
 * parameter array per column, and PostgreSQL inserts the rows in batches.
 */
export async function copyInto(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
): Promise<void> {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('copyInto runs inside a transaction');
  const client = (await runner.connect()) as PoolClient;
  const sql = `COPY ${table} (${columns.join(', ')}) FROM STDIN`;
  await pipeline(Readable.from(copyText(rows)), client.query(copyFrom(sql)));
}
