import type { EntityManager } from 'typeorm';

/**
 * Takes `count` consecutive numbers of `year`'s series and returns the first. The counter row
 * is created if missing (INSERT … ON CONFLICT DO NOTHING) and locked with SELECT … FOR UPDATE
 * until the caller's transaction ends: concurrent issuers queue, and a rolled-back transaction
 * gives its numbers back, so the series has no gap and no duplicate (a sequence would leak).
 */
export async function takeSeriesNumbers(
  manager: EntityManager,
  year: number,
  count = 1,
): Promise<number> {
  await manager.query(
    `INSERT INTO certificate_counters (year, last_no) VALUES ($1, 0) ON CONFLICT (year) DO NOTHING`,
    [year],
  );
  const [counter]: { last_no: number }[] = await manager.query(
    `SELECT last_no FROM certificate_counters WHERE year = $1 FOR UPDATE`,
    [year],
  );
  await manager.query(`UPDATE certificate_counters SET last_no = last_no + $2 WHERE year = $1`, [
    year,
    count,
  ]);
  return counter.last_no + 1;
}
