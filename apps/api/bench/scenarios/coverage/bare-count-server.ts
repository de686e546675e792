import Fastify from 'fastify';
import { Pool } from 'pg';
import { listenAndAnnounce } from '../../support/announce-listening';
import { SUBTREE_OFFICER_COUNT_SQL } from './officer-count.sql';

/**
 * The floor of `province-coverage-api`: bare Fastify answering `GET /count?unit=&asOf=` with the
 * plain count of the officer assignments in force in that unit's subtree. No auth, no validation,
 * no transaction. Prints `LISTENING <port>`; stops on SIGTERM.
 */
async function main(): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL;
  if (!databaseUrl) throw new Error('BENCH_DATABASE_URL is required');
  const pool = new Pool({ connectionString: databaseUrl, max: 4 });
  const app = Fastify({ logger: false });
  app.get<{ Querystring: { unit: string; asOf: string } }>('/count', async (request) => {
    const { rows } = await pool.query<{ count: number }>(SUBTREE_OFFICER_COUNT_SQL, [
      request.query.unit,
      request.query.asOf,
    ]);
    return { count: rows[0].count };
  });
  await listenAndAnnounce(app, () => pool.end());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
