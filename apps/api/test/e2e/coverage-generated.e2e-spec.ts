import { createTestApp, TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import {
  Approval,
  createCertificate,
  createProgrammeTarget,
} from '../factories/certificates.factory';
import { createAssignment, createPerson } from '../factories/people.factory';
import { createUnit } from '../factories/units.factory';

/** mulberry32: a small seeded PRNG, so every run builds the same world. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const plusDays = (iso: string, days: number) => toIso(Date.parse(iso) + days * DAY);
const daysFrom = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY);

interface Version {
  unitId: string;
  parentId: string | null;
  name: string;
  from: string;
  to: string | null;
}
interface Assign {
  personId: string;
  unitId: string;
  start: string;
  end: string | null;
  officer: boolean;
}
interface Cert {
  personId: string;
  issued: string;
  expires: string | null;
  revoked: string | null;
  approval: Approval;
}

const PERIOD = { startsOn: '2026-01-01', endsOn: '2030-12-31', thresholdBp: 7000 };
const MOVE_DAY = '2027-07-01';

/** The definition of domain.md, written plainly over the in-memory world. */
class NaiveCoverage {
  constructor(
    private readonly versions: Version[],
    private readonly assignments: Assign[],
    private readonly certificates: Cert[],
  ) {}

  private inForce = (v: Version, d: string) => v.from <= d && (v.to === null || v.to > d);

  childrenOf(unitId: string, d: string): Version[] {
    return this.versions.filter((v) => v.parentId === unitId && this.inForce(v, d));
  }

  private subtree(unitId: string, d: string): Set<string> {
    const found = new Set<string>();
    if (!this.versions.some((v) => v.unitId === unitId && this.inForce(v, d))) return found;
    const walk = (id: string) => {
      found.add(id);
      for (const child of this.childrenOf(id, d)) walk(child.unitId);
    };
    walk(unitId);
    return found;
  }

  private valid = (c: Cert, d: string) =>
    c.approval === 'approved' &&
    c.issued <= d &&
    (c.expires === null || c.expires >= d) &&
    (c.revoked === null || c.revoked > d);

  people(unitId: string, d: string): Set<string> {
    const units = this.subtree(unitId, d);
    return new Set(
      this.assignments
        .filter(
          (a) => a.officer && units.has(a.unitId) && a.start <= d && (a.end === null || a.end >= d),
        )
        .map((a) => a.personId),
    );
  }

  trained(people: Set<string>, d: string): Set<string> {
    return new Set(
      [...people].filter((p) =>
        this.certificates.some((c) => c.personId === p && this.valid(c, d)),
      ),
    );
  }

  figures(unitId: string, d: string) {
    const people = this.people(unitId, d);
    const trained = this.trained(people, d);
    const population = people.size;
    const required = Math.ceil((PERIOD.thresholdBp * population) / 10_000 - 1e-9);
    const met = population > 0 && trained.size * 10_000 >= PERIOD.thresholdBp * population;
    // The outlook: the recent 90-day gain continued, minus those who will not stay certified.
    const past = this.trained(this.people(unitId, plusDays(d, -90)), plusDays(d, -90)).size;
    const retained = [...trained].filter((p) =>
      this.certificates.some(
        (c) =>
          c.personId === p &&
          this.valid(c, d) &&
          (c.expires === null || c.expires >= PERIOD.endsOn) &&
          (c.revoked === null || c.revoked > PERIOD.endsOn),
      ),
    ).length;
    const gain = Math.max(0, trained.size - past);
    const projected = Math.min(
      population,
      retained + Math.floor((gain * daysFrom(d, PERIOD.endsOn)) / 90),
    );
    return {
      population,
      trained: trained.size,
      coverage: population === 0 ? null : Math.round((trained.size / population) * 10_000) / 10_000,
      status:
        population === 0
          ? 'no_population'
          : met
            ? 'met'
            : projected >= required
              ? 'on_track'
              : 'at_risk',
      gap: Math.max(0, required - trained.size),
    };
  }
}

describe('GET /api/coverage against a naive computation on generated data', () => {
  let t: TestApp;
  let admin: string;
  let targetCode: string;
  let naive: NaiveCoverage;
  let root: { id: string; code: string };
  let codes: Map<string, string>;
  let middle: string;
  const checkDates: string[] = [
    '2026-01-01',
    '2026-06-30',
    '2027-06-30',
    MOVE_DAY,
    '2028-12-31',
    '2030-12-31',
  ];

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await signedIn(t, [{ role: 'department_admin' }])).token;
    const random = prng(20261123);
    const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
    const randomDay = (from: string, to: string) =>
      plusDays(from, Math.floor(random() * (daysFrom(from, to) + 1)));
    const target = await createProgrammeTarget(t.dataSource, { periods: [PERIOD] });
    targetCode = target.targetCode;

    const commune = await createUnit(t.dataSource, { kind: 'commune', name: 'Xã Ngẫu Nhiên' });
    root = commune;
    codes = new Map([[commune.id, commune.code]]);
    const versions: Version[] = [
      { unitId: commune.id, parentId: null, name: commune.name, from: '2000-01-01', to: null },
    ];
    const units = [commune];
    for (let i = 0; i < 30; i++) {
      const parent = i < 5 ? commune : pick(units);
      const validFrom = i === 29 ? '2027-01-01' : '2000-01-01'; // one unit opens mid-way
      const unit = await createUnit(t.dataSource, {
        kind: 'primary',
        parentCode: parent.code,
        name: `Trường ${String.fromCharCode(65 + (i % 26))}${i}`,
        validFrom,
      });
      units.push(unit);
      codes.set(unit.id, unit.code);
      versions.push({
        unitId: unit.id,
        parentId: parent.id,
        name: unit.name,
        from: validFrom,
        to: null,
      });
    }
    // A unit directly under the commune moves under another top-level unit on MOVE_DAY.
    const moved = versions[6];
    const newParent = versions.find(
      (v) =>
        v.parentId === commune.id && v.unitId !== moved.unitId && !isBelow(v.unitId, moved.unitId),
    )!;
    function isBelow(unitId: string, ancestor: string): boolean {
      const v = versions.find((x) => x.unitId === unitId)!;
      return v.parentId === ancestor || (v.parentId !== null && isBelow(v.parentId, ancestor));
    }
    await t.dataSource.query(`UPDATE unit_versions SET valid_to = $2 WHERE unit_id = $1`, [
      moved.unitId,
      MOVE_DAY,
    ]);
    await t.dataSource.query(
      `INSERT INTO unit_versions (unit_id, name, kind, parent_id, valid_from, change)
       SELECT unit_id, name, kind, $2, $3, 'moved' FROM unit_versions WHERE unit_id = $1`,
      [moved.unitId, newParent.unitId, MOVE_DAY],
    );
    moved.to = MOVE_DAY;
    versions.push({ ...moved, parentId: newParent.unitId, from: MOVE_DAY, to: null });
    middle = codes.get(newParent.unitId)!;

    const assignments: Assign[] = [];
    const certificates: Cert[] = [];
    for (let i = 0; i < 200; i++) {
      const person = await createPerson(t.dataSource);
      const count = random() < 0.25 ? 2 : 1;
      for (let k = 0; k < count; k++) {
        const start = randomDay('2024-06-01', '2029-06-30');
        const end = random() < 0.3 ? randomDay(start, '2031-06-30') : null;
        const a = {
          personId: person.id,
          unitId: pick(units.slice(1)).id,
          start,
          end,
          officer: random() < 0.75,
        };
        if (
          assignments.some(
            (x) => x.personId === a.personId && x.unitId === a.unitId && x.start === a.start,
          )
        )
          continue;
        assignments.push(a);
        await createAssignment(t.dataSource, {
          ...a,
          startDate: start,
          endDate: end,
          communicationOfficer: a.officer,
        });
      }
      const certs = Math.floor(random() * 3);
      for (let k = 0; k < certs; k++) {
        const issued = randomDay('2025-01-01', '2030-06-30');
        const expires = random() < 0.8 ? plusDays(issued, 729) : null;
        const revoked = random() < 0.1 ? randomDay(issued, expires ?? '2031-12-31') : null;
        const roll = random();
        const approval: Approval = roll < 0.8 ? 'approved' : roll < 0.9 ? 'pending' : 'rejected';
        certificates.push({ personId: person.id, issued, expires, revoked, approval });
        await createCertificate(t.dataSource, {
          personId: person.id,
          programmeCode: target.programmeCode,
          issuedOn: issued,
          expiresOn: expires,
          revokedOn: revoked,
          approval,
        });
      }
    }
    naive = new NaiveCoverage(versions, assignments, certificates);
    // Boundary dates taken from the data, where the boundary changes someone's standing: a day
    // of issue, of expiry and the day after, of revocation, an assignment's start and end day.
    const inPopulation = (personId: string, d: string) => naive.people(root.id, d).has(personId);
    const trainedOn = (personId: string, d: string) =>
      naive.trained(naive.people(root.id, d), d).has(personId);
    const inside = (d: string | null) => d !== null && d > PERIOD.startsOn && d < PERIOD.endsOn;
    const find = <T>(
      items: T[],
      day: (item: T) => string | null,
      test: (item: T) => boolean,
      what: string,
    ): T => {
      const found = items.find((item) => inside(day(item)) && test(item));
      if (!found) throw new Error(`the generated world has no ${what}; change the seed`);
      return found;
    };
    const issued = find(
      certificates,
      (c) => c.issued,
      (c) =>
        trainedOn(c.personId, c.issued) &&
        !trainedOn(c.personId, plusDays(c.issued, -1)) &&
        inPopulation(c.personId, plusDays(c.issued, -1)),
      'issue day',
    );
    const expiring = find(
      certificates,
      (c) => c.expires,
      (c) =>
        c.expires !== null &&
        trainedOn(c.personId, c.expires) &&
        !trainedOn(c.personId, plusDays(c.expires, 1)) &&
        inPopulation(c.personId, plusDays(c.expires, 1)),
      'expiry day',
    );
    const revoked = find(
      certificates,
      (c) => c.revoked,
      (c) =>
        c.revoked !== null &&
        !trainedOn(c.personId, c.revoked) &&
        trainedOn(c.personId, plusDays(c.revoked, -1)) &&
        inPopulation(c.personId, c.revoked),
      'revocation day',
    );
    const started = find(
      assignments,
      (a) => a.start,
      (a) => inPopulation(a.personId, a.start) && !inPopulation(a.personId, plusDays(a.start, -1)),
      'assignment start',
    );
    const ended = find(
      assignments,
      (a) => a.end,
      (a) =>
        a.end !== null &&
        inPopulation(a.personId, a.end) &&
        !inPopulation(a.personId, plusDays(a.end, 1)),
      'assignment end',
    );
    checkDates.push(
      plusDays(issued.issued, -1),
      issued.issued,
      expiring.expires!,
      plusDays(expiring.expires!, 1),
      plusDays(revoked.revoked!, -1),
      revoked.revoked!,
      plusDays(started.start, -1),
      started.start,
      ended.end!,
      plusDays(ended.end!, 1),
    );
  }, 180_000);
  afterAll(() => t.close());

  const get = (unit: string, asOf: string) =>
    t
      .http()
      .get('/api/coverage')
      .query({ target: targetCode, unit, asOf })
      .set('Authorization', `Bearer ${admin}`);

  it('agrees with the definition for the commune and its children on every checked date', async () => {
    expect(checkDates.length).toBe(16);
    let seenPopulation = 0;
    for (const asOf of checkDates) {
      const response = await get(root.code, asOf);
      expect(response.status).toBe(200);
      const { population, trained, coverage, status, gap } = response.body;
      expect({ asOf, population, trained, coverage, status, gap }).toEqual({
        asOf,
        ...naive.figures(root.id, asOf),
      });
      const expectedChildren = naive.childrenOf(root.id, asOf).map((v) => ({
        code: codes.get(v.unitId),
        ...naive.figures(v.unitId, asOf),
      }));
      const actualChildren = response.body.children.map(
        (c: {
          unit: { code: string };
          population: number;
          trained: number;
          coverage: number | null;
          status: string;
          gap: number;
        }) => ({
          code: c.unit.code,
          population: c.population,
          trained: c.trained,
          coverage: c.coverage,
          status: c.status,
          gap: c.gap,
        }),
      );
      const byCode = (a: { code?: string }, b: { code?: string }) => (a.code! < b.code! ? -1 : 1);
      expect({ asOf, children: actualChildren.sort(byCode) }).toEqual({
        asOf,
        children: expectedChildren.sort(byCode),
      });
      seenPopulation += population;
    }
    expect(seenPopulation).toBeGreaterThan(100); // the world is not empty
  });

  it('counts the commune from the whole department (the country-wide hash-join plan) as from itself', async () => {
    // Counted at SGDDT, the top of the tree, the same statement runs with hash joins instead of
    // walking the tree: the commune's line must still be its own figures. Other suites may hold
    // officers elsewhere, but only this world holds certificates of this target's programme.
    for (const asOf of checkDates) {
      const body = (await get('SGDDT', asOf)).body;
      const expected = naive.figures(root.id, asOf);
      const commune = body.children.find(
        (c: { unit: { code: string } }) => c.unit.code === root.code,
      );
      expect({
        asOf,
        population: commune?.population ?? 0,
        trained: commune?.trained ?? 0,
      }).toEqual({ asOf, population: expected.population, trained: expected.trained });
      expect({ asOf, trained: body.trained }).toEqual({ asOf, trained: expected.trained });
    }
  });

  it('agrees for the unit a school moved under, before and after the move', async () => {
    for (const asOf of ['2027-06-30', MOVE_DAY, '2029-03-31']) {
      const unitId = [...codes].find(([, code]) => code === middle)![0];
      const body = (await get(middle, asOf)).body;
      expect({ asOf, population: body.population, trained: body.trained }).toEqual({
        asOf,
        population: naive.figures(unitId, asOf).population,
        trained: naive.figures(unitId, asOf).trained,
      });
    }
  });

  it('gives the same figures in the trend and lists the same people', async () => {
    const trend = await t
      .http()
      .get('/api/coverage/trend')
      .query({ target: targetCode, unit: root.code, from: '2026-01-01', to: '2027-07-15' })
      .set('Authorization', `Bearer ${admin}`);
    expect(trend.status).toBe(200);
    expect(trend.body).toHaveLength(19);
    for (const point of trend.body) {
      const expected = naive.figures(root.id, point.asOf);
      expect(point).toEqual({
        asOf: point.asOf,
        population: expected.population,
        trained: expected.trained,
        coverage: expected.coverage,
      });
    }

    const asOf = '2028-12-31';
    const people = (trained?: string) =>
      t
        .http()
        .get('/api/coverage/people')
        .query({
          target: targetCode,
          unit: root.code,
          asOf,
          pageSize: '500',
          ...(trained ? { trained } : {}),
        })
        .set('Authorization', `Bearer ${admin}`);
    const all = (await people()).body;
    const trainedOnly = (await people('true')).body;
    const untrained = (await people('false')).body;
    const expectedPeople = naive.people(root.id, asOf);
    const expectedTrained = naive.trained(expectedPeople, asOf);
    expect(all.total).toBe(expectedPeople.size);
    expect(trainedOnly.total).toBe(expectedTrained.size);
    expect(untrained.total).toBe(expectedPeople.size - expectedTrained.size);
    expect(
      trainedOnly.items.every(
        (p: { trained: boolean; certificate: unknown }) => p.trained && p.certificate,
      ),
    ).toBe(true);
    expect(untrained.items.every((p: { certificate: unknown }) => p.certificate === null)).toBe(
      true,
    );
  });
});
