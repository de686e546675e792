import 'reflect-metadata';
import Fastify from 'fastify';
import { Pool } from 'pg';
import { listenAndAnnounce } from '../support/announce-listening';
import type { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { PersonDetailQuery } from '../../src/modules/people/person-detail.query';

/** The certificate row the public answer is built from, looked up by its unique number. */
export const BARE_CERTIFICATE_SQL = `SELECT id, number, holder_name, holder_date_of_birth::text AS holder_date_of_birth,
       issued_on::text AS issued_on, expires_on::text AS expires_on, revoked_on::text AS revoked_on,
       revocation_reason, approval
  FROM certificates WHERE number = $1`;

/** Loa's pool size, so the floor has exactly as many connections to PostgreSQL. */
function loaPoolSize(url: string): number {
  const extra = dataSourceOptions(url).extra as { max?: number } | undefined;
  return extra?.max ?? 10;
}

/**
 * The floor of the HTTP scenarios: bare Fastify and a pg Pool, no Nest, no guard, no pipe, no
 * TypeORM. `GET /people/:staffCode` runs the very SQL of Loa's person read (PersonDetailQuery on
 * the pool); `GET /certificates/:number` looks the certificate up by its unique number.
 * `BENCH_DATABASE_URL` is the bench database; prints `LISTENING <port>`; stops on SIGTERM.
 */
async function main(): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL;
  if (!databaseUrl) throw new Error('BENCH_DATABASE_URL is required');
  const pool = new Pool({ connectionString: databaseUrl, max: loaPoolSize(databaseUrl) });
  const rowsOf = async (sql: string, params: unknown[]) => (await pool.query(sql, params)).rows;
  // The same reads on the bare pool: plain queries, and prepared statements where Loa prepares.
  const bareDataSource = { query: rowsOf, driver: { master: pool } };
  const people = new PersonDetailQuery(bareDataSource as unknown as DataSource);

  const app = Fastify({ logger: false });
  app.get<{ Params: { staffCode: string } }>('/people/:staffCode', async (request, reply) => {
    const person = await people.person(request.params.staffCode);
    if (!person) return reply.status(404).send({ statusCode: 404 });
    return people.detail(person);
  });
  app.get<{ Params: { number: string } }>('/certificates/:number', async (request, reply) => {
    const [row] = await rowsOf(BARE_CERTIFICATE_SQL, [request.params.number]);
    if (!row) return reply.status(404).send({ statusCode: 404 });
    return row as unknown;
  });

  await listenAndAnnounce(app, () => pool.end());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
