import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';
import { encodeCopyRow, type CopyValue } from './copy-text';

/** Characters of COPY text gathered before a write: few large writes, bounded memory. */
const CHUNK_CHARS = 256 * 1024;

/** A table and the columns a COPY fills, in the order of each row's values. */
export interface CopyTarget {
  table: string;
  columns: readonly string[];
}

/** New assignment rows, as the staff import and the bench seed write them. */
export const ASSIGNMENT_COPY_TARGET: CopyTarget = {
  table: 'assignments',
  columns: [
    'id',
    'person_id',
    'unit_id',
    'position',
    'is_communication_officer',
    'start_date',
    'end_date',
  ],
};

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
 * Streams `rows` into `target` with COPY FROM STDIN (text format) on `client`, and so inside
 * its transaction: one stream of text instead of a parameter array per column, and PostgreSQL
 * inserts the rows in batches.
 */
export async function copyRowsInto(
  client: PoolClient,
  target: CopyTarget,
  rows: Iterable<readonly CopyValue[]>,
): Promise<void> {
  const sql = `COPY ${target.table} (${target.columns.join(', ')}) FROM STDIN`;
  await pipeline(Readable.from(copyText(rows)), client.query(copyFrom(sql)));
}

/** `copyRowsInto` on the entity manager's own connection; it must be inside a transaction. */
export async function copyInto(
  manager: EntityManager,
  target: CopyTarget,
  rows: Iterable<readonly CopyValue[]>,
): Promise<void> {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('copyInto runs inside a transaction');
  await copyRowsInto((await runner.connect()) as PoolClient, target, rows);
}
