import type { CoverageReport, MyCertificate, RegistryEntry } from '@loa/contracts';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  createSeededDemoApp,
  DEMO_SEED_TIMEOUT_MS,
  SeededDemoApp,
} from '../support/seeded-demo-app';
import {
  canonicalClaims,
  checkPayload,
  keyIdOf,
} from '../../src/modules/certificates/certificate-payload';
import { DEMO_SEED, generateDemoCity } from '../../src/modules/demo/demo-city.generator';
import {
  numberDemoCertificates,
  planDemoCertificates,
} from '../../src/modules/demo/demo-certificates.planner';
import { LEARNER_COMPLETED_ON } from '../../src/modules/demo/demo-certificates.writer';

/**
 * The demo city's certificates, on a database of this suite's own in the run's cluster (the
 * demo needs an empty database; see demo.e2e-spec.ts), seeded once and served by the real app.
 */

const DIGEST_SQL = `
  SELECT md5(string_agg(c.number || '|' || pe.staff_code || '|' || p.code || '|' || c.issued_on::text
                        || '|' || coalesce(c.expires_on::text, '') || '|' || coalesce(c.revoked_on::text, ''),
                        E'\\n' ORDER BY c.number COLLATE "C")) AS digest,
         count(*)::int AS count
    FROM certificates c JOIN people pe ON pe.id = c.person_id JOIN programmes p ON p.id = c.programme_id`;

describe('demo certificates', () => {
  let demo: SeededDemoApp;
  let ds: DataSource;
  const http = () => demo.http();
  const login = (username: string) => demo.login(username);
  const get = (token: string, path: string) => demo.get(token, path);

  beforeAll(async () => {
    demo = await createSeededDemoApp('certs');
    ds = demo.ds;
  }, DEMO_SEED_TIMEOUT_MS);

  afterAll(() => demo?.close());

  it('shows the city part-way to its 70 % target, with communes above and below it', async () => {
    const admin = await login('admin');
    const city = await get(admin, '/api/coverage?target=CBTT&unit=SGDDT');
    expect(city.status).toBe(200);
    const body = city.body as CoverageReport;
    expect(body.coverage).toBeGreaterThanOrEqual(0.4);
    expect(body.coverage).toBeLessThanOrEqual(0.7);
    expect(body.status).not.toBe('met');
    const communes = body.children.filter((c) => c.unit.kind === 'commune');
    expect(communes).toHaveLength(114);
    const met = communes.filter((c) => c.status === 'met');
    const below = communes.filter((c) => c.status === 'on_track' || c.status === 'at_risk');
    expect(met.length).toBeGreaterThanOrEqual(10);
    expect(below.length).toBeGreaterThanOrEqual(10);
    for (const child of [met[0], below[0], below[1]]) {
      const one = await get(admin, `/api/coverage?target=CBTT&unit=${child.unit.code}`);
      expect(one.status).toBe(200);
      expect(one.body).toMatchObject({
        population: child.population,
        trained: child.trained,
        status: child.status,
      });
    }
    const briefed = await get(admin, '/api/coverage?target=NQ71&unit=SGDDT');
    expect(briefed.body.coverage).toBeGreaterThan(0.5);
    expect(briefed.body.coverage).toBeLessThan(1);
  });

  it('gives the demo learner a valid certificate issued by Loa', async () => {
    const learner = await login('learner');
    const mine = await get(learner, '/api/me/certificates');
    expect(mine.status).toBe(200);
    expect(mine.body as MyCertificate[]).toContainEqual(
      expect.objectContaining({ source: 'loa', status: 'valid', issuedOn: LEARNER_COMPLETED_ON }),
    );
  });

  it('keeps expired, revoked, renewed and pending records in the registry', async () => {
    const admin = await login('admin');
    const registry = async (query: string): Promise<RegistryEntry[]> => {
      const response = await get(admin, `/api/certificates?programme=BDTT&pageSize=200&${query}`);
      expect(response.status).toBe(200);
      return response.body.items;
    };
    const [samples] = await ds.query(
      `SELECT (SELECT c.number FROM certificates c WHERE c.revoked_on IS NOT NULL ORDER BY c.number LIMIT 1) AS revoked,
              (SELECT c.number FROM certificates c WHERE c.renews_id IS NOT NULL ORDER BY c.number LIMIT 1) AS renewal,
              (SELECT count(*) FROM certificates c WHERE c.revoked_on IS NOT NULL)::int AS revoked_count,
              (SELECT count(*) FROM certificates c WHERE c.renews_id IS NOT NULL)::int AS renewal_count,
              (SELECT count(*) FROM certificates c WHERE c.approval = 'pending')::int AS pending_count`,
    );
    expect(samples.revoked_count).toBeGreaterThanOrEqual(5);
    expect(samples.renewal_count).toBeGreaterThan(20);
    expect(samples.pending_count).toBeGreaterThan(0);
    expect(samples.pending_count).toBeLessThan(100);

    const unitOf = async (number: string): Promise<{ code: string; issuedOn: string }> => {
      const [row] = await ds.query(
        `SELECT u.code, c.issued_on::text AS "issuedOn" FROM certificates c JOIN units u ON u.id = c.unit_id WHERE c.number = $1`,
        [number],
      );
      return row;
    };
    const revokedAt = await unitOf(samples.revoked);
    const revoked = (
      await registry(`unit=${revokedAt.code}&from=${revokedAt.issuedOn}&to=${revokedAt.issuedOn}`)
    ).find((e) => e.number === samples.revoked)!;
    expect(revoked.status).toBe('revoked');
    expect(revoked.revocationReason).toMatch(/^[A-ZĐ].{10,}/u);

    const renewalAt = await unitOf(samples.renewal);
    const renewal = (
      await registry(`unit=${renewalAt.code}&from=${renewalAt.issuedOn}&to=${renewalAt.issuedOn}`)
    ).find((e) => e.number === samples.renewal)!;
    expect(renewal).toMatchObject({ source: 'loa', status: 'valid' });
    expect(renewal.renews).not.toBeNull();
    const renewedAt = await unitOf(renewal.renews!);
    const renewed = (
      await registry(`source=external&from=${renewedAt.issuedOn}&to=${renewedAt.issuedOn}`)
    ).find((e) => e.number === renewal.renews)!;
    expect(renewed.issuedOn.startsWith('2024-')).toBe(true);
    expect(renewal.issuedOn <= renewed.expiresOn!).toBe(true);
    expect(renewal.expiresOn! > renewed.expiresOn!).toBe(true);
    const lapsed = await registry(`source=external&from=2024-01-01&to=2024-02-29`);
    expect(lapsed.some((e) => e.status === 'expired')).toBe(true);
  });

  it('signs what Loa issued (every BDTT, a sample of briefings) with the published key', async () => {
    const keys = (await http().get('/api/certificates/keys')).body;
    const signed: {
      number: string;
      holder_name: string;
      dob: string;
      code: string;
      issued: string;
      expires: string | null;
      key: string;
      signature: string;
    }[] = await ds.query(
      `SELECT c.number, c.holder_name, c.holder_date_of_birth::text AS dob, p.code, c.issued_on::text AS issued,
                c.expires_on::text AS expires, c.signing_key_id AS key, c.signature
           FROM certificates c JOIN programmes p ON p.id = c.programme_id
          WHERE c.source = 'loa' AND (p.code = 'BDTT' OR c.series_no % 40 = 0)`,
    );
    expect(signed.length).toBeGreaterThan(1000);
    for (const c of signed) {
      const payload = `${canonicalClaims({
        number: c.number,
        holderName: c.holder_name,
        holderDateOfBirth: c.dob,
        programmeCode: c.code,
        issuedOn: c.issued,
        expiresOn: c.expires,
        keyId: keyIdOf(c.key),
      })}.${c.signature}`;
      expect(checkPayload(payload, keys)).toMatchObject({ valid: true });
    }
  });

  it('numbers the series without a gap and seeds the same certificates every time', async () => {
    const [series] = await ds.query(
      `SELECT count(*)::int AS n, min(series_no) AS first, max(series_no) AS last,
              (SELECT last_no FROM certificate_counters WHERE year = 2026) AS counter
         FROM certificates WHERE series_year = 2026`,
    );
    expect(series).toEqual({ n: series.last, first: 1, last: series.n, counter: series.n });

    const city = generateDemoCity(DEMO_SEED);
    const learner = city.accounts.find((a) => a.username === 'learner')!.staffCode!;
    const planned = numberDemoCertificates(
      planDemoCertificates(city, DEMO_SEED, new Set([learner])),
      new Map([[2026, 1]]),
    );
    const lines = planned.map(
      (c) =>
        `${c.number}|${c.staffCode}|${c.programmeCode}|${c.issuedOn}|${c.expiresOn ?? ''}|${c.revokedOn ?? ''}`,
    );
    const learnerNo = planned.filter((c) => c.seriesYear === 2026).length + 1;
    lines.push(`${learnerNo}/2026/GCN-SGDĐT|${learner}|BDTT|${LEARNER_COMPLETED_ON}|2028-09-17|`);
    const byC = (a: string, b: string) =>
      Buffer.compare(Buffer.from(a.split('|')[0]), Buffer.from(b.split('|')[0]));
    const expected = createHash('md5').update(lines.sort(byC).join('\n')).digest('hex');
    const [actual] = await ds.query(DIGEST_SQL);
    expect(actual).toEqual({ digest: expected, count: lines.length });
  });
});
