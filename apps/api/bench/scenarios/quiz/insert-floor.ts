import { Pool } from 'pg';
import { performance } from 'node:perf_hooks';

export interface InsertFloorRun {
  acknowledged: number;
  /** Rows found in the scratch table afterwards. */
  stored: number;
  latenciesMs: number[];
  seconds: number;
}

const SCRATCH_TABLE = 'bench_quiz_floor_answers';

/**
 * The floor: `loops` async loops in this process sharing one pg Pool of `poolSize`, each
 * INSERTing a row like an autosave (attempt id and a one-answer JSON document) into a scratch
 * table, one after another, for `seconds`. The table is dropped afterwards.
 */
export async function runInsertFloor(
  databaseUrl: string,
  options: { loops: number; poolSize: number; seconds: number },
): Promise<InsertFloorRun> {
  const pool = new Pool({ connectionString: databaseUrl, max: options.poolSize });
  try {
    await pool.query(`DROP TABLE IF EXISTS ${SCRATCH_TABLE}`);
    await pool.query(
      `CREATE TABLE ${SCRATCH_TABLE} (
         id bigserial PRIMARY KEY, attempt_id uuid NOT NULL, answers jsonb NOT NULL,
         saved_at timestamptz NOT NULL DEFAULT now())`,
    );
    const latenciesMs: number[] = [];
    const started = performance.now();
    const endsAt = started + options.seconds * 1000;
    const loop = async (index: number) => {
      const attemptId = `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
      for (let n = 0; performance.now() < endsAt; n++) {
        const sentAt = performance.now();
        await pool.query(`INSERT INTO ${SCRATCH_TABLE} (attempt_id, answers) VALUES ($1, $2)`, [
          attemptId,
          JSON.stringify({ [attemptId]: [String(n % 4)] }),
        ]);
        latenciesMs.push(performance.now() - sentAt);
      }
    };
    await Promise.all(Array.from({ length: options.loops }, (_, i) => loop(i)));
    const seconds = (performance.now() - started) / 1000;
    const [{ count }] = (await pool.query(`SELECT count(*)::int AS count FROM ${SCRATCH_TABLE}`))
      .rows as { count: number }[];
    return { acknowledged: latenciesMs.length, stored: count, latenciesMs, seconds };
  } finally {
    await pool.query(`DROP TABLE IF EXISTS ${SCRATCH_TABLE}`).catch(() => undefined);
    await pool.end();
  }
}
