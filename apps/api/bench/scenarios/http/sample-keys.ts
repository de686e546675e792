import type { DataSource } from 'typeorm';

/**
 * Up to `count` values of `column` from `table`, spread over the whole table (block sample,
 * repeatable, so each run asks for the same rows), optionally filtered by `where`.
 */
export async function sampleColumn(
  dataSource: DataSource,
  options: { table: string; column: string; count: number; where?: string },
): Promise<string[]> {
  const [{ estimate }]: { estimate: number }[] = await dataSource.query(
    `SELECT greatest(reltuples, 1)::float8 AS estimate FROM pg_class WHERE relname = $1`,
    [options.table],
  );
  // Blocks sampled: enough for about four times the rows wanted, everything when small.
  const percent = Math.min(100, (400 * options.count) / estimate);
  const rows: { value: string }[] = await dataSource.query(
    `SELECT ${options.column} AS value FROM ${options.table}
       TABLESAMPLE SYSTEM (${percent}) REPEATABLE (6)
      ${options.where ? `WHERE ${options.where}` : ''}
      LIMIT ${Math.floor(options.count)}`,
  );
  return rows.map((row) => row.value);
}
