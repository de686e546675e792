import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Runs `text` as the named prepared statement `name` on the PostgreSQL pool under `dataSource`:
 * each connection plans it once and reuses the plan, where a plain query is planned at every
 * call. For hot reads whose planning costs more than running them (a join looked up by a unique
 * key). Goes past TypeORM (no query runner, no query log); the name must be unique per text.
 */
export async function queryPrepared<Row extends QueryResultRow>(
  dataSource: DataSource,
  name: string,
  text: string,
  values: unknown[],
): Promise<Row[]> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  return (await pool.query<Row>({ name, text, values })).rows;
}
