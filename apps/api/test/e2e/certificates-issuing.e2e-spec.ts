import { CertificateIssuerService } from '../../src/modules/certificates/certificate-issuer.service';
import { checkPayload } from '../../src/modules/certificates/certificate-payload';
import { SigningKeysService } from '../../src/modules/certificates/signing-keys.service';
import { storedPayload } from '../../src/modules/certificates/stored-payload';
import { createTestApp, TestApp } from '../create-test-app';
import { createAssignment, createPerson } from '../factories/people.factory';
import { createUnit } from '../factories/units.factory';
import { createProgramme, issue } from './certificates-fixtures';

/** A year no other test issues in, so its series can be checked number by number. */
const seriesYear = () => 2200 + Math.floor(Math.random() * 700);

async function seriesOf(t: TestApp, year: number): Promise<number[]> {
  const rows: { series_no: number }[] = await t.dataSource.query(
    `SELECT series_no FROM certificates WHERE series_year = $1 ORDER BY series_no`,
    [year],
  );
  return rows.map((r) => r.series_no);
}

describe('issuing certificates', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('numbers n/year/GCN-SGDĐT (NFC) and snapshots holder, unit (communication officer first), hours, expiry', async () => {
    const school = await createUnit(t.dataSource, {
      kind: 'primary',
      name: 'Trường Tiểu học Hoa Sen',
    });
    const other = await createUnit(t.dataSource, { kind: 'primary' });
    const person = await createPerson(t.dataSource, {
      fullName: 'Phạm Thị Ngọc Ánh',
      dateOfBirth: '1988-11-02',
    });
    await createAssignment(t.dataSource, {
      personId: person.id,
      unitId: other.id,
      startDate: '2025-01-01',
    });
    await createAssignment(t.dataSource, {
      personId: person.id,
      unitId: school.id,
      communicationOfficer: true,
    });
    const programme = await createProgramme(t, { validityMonths: 24, hours: 32 });
    const year = seriesYear();
    const certificate = await issue(t, {
      personId: person.id,
      programmeCode: programme,
      issuedOn: `${year}-03-15`,
    });

    expect(certificate.number).toMatch(new RegExp(`^\\d+/${year}/GCN-SGDĐT$`));
    expect(certificate.number).toBe(certificate.number.normalize('NFC'));
    expect(certificate.number).toContain('\u0110');
    expect(certificate).toMatchObject({
      holderName: 'Phạm Thị Ngọc Ánh',
      holderDateOfBirth: '1988-11-02',
      unitId: school.id,
      hours: 32,
      issuedOn: `${year}-03-15`,
      expiresOn: `${year + 2}-03-14`,
      seriesYear: year,
      seriesNo: 1,
    });
    const [audit] = await t.dataSource.query(
      `SELECT action FROM audit_events WHERE entity_type = 'certificate' AND entity_id = $1`,
      [certificate.id],
    );
    expect(audit.action).toBe('certificate.issued');
  });

  it('signs what Loa issues with the current key; the stored payload verifies', async () => {
    const unit = await createUnit(t.dataSource);
    const person = await createPerson(t.dataSource);
    await createAssignment(t.dataSource, { personId: person.id, unitId: unit.id });
    const certificate = await issue(t, { personId: person.id });
    const payload = storedPayload(certificate, 'BDTT')!;
    const keys = await t.app.get(SigningKeysService).published();
    expect(checkPayload(payload, keys)).toMatchObject({ valid: true });
    expect(certificate.printedTemplate).toMatchObject({
      signerTitle: 'PHÓ GIÁM ĐỐC',
      place: 'Hải Phòng',
    });
  });

  it('gives no expiry for a programme without validity (QTNQ71)', async () => {
    const person = await createPerson(t.dataSource);
    const certificate = await issue(t, { personId: person.id, programmeCode: 'QTNQ71' });
    expect(certificate.expiresOn).toBeNull();
  });

  describe('renewal (24 months, 3-month window)', () => {
    it.each([
      {
        what: 'inside the window continues from the old expiry',
        completedOn: '2028-01-10',
        renews: true,
        expiresOn: '2030-03-14',
      },
      {
        what: 'on the last valid day still renews',
        completedOn: '2028-03-14',
        renews: true,
        expiresOn: '2030-03-14',
      },
      {
        what: 'after the lapse starts anew',
        completedOn: '2028-04-01',
        renews: false,
        expiresOn: '2030-03-31',
      },
      {
        what: 'before the window starts anew',
        completedOn: '2027-06-01',
        renews: false,
        expiresOn: '2029-05-31',
      },
    ])('$what', async ({ completedOn, renews, expiresOn }) => {
      const programme = await createProgramme(t);
      const person = await createPerson(t.dataSource);
      const first = await issue(t, {
        personId: person.id,
        programmeCode: programme,
        issuedOn: '2026-03-15',
      });
      expect(first.expiresOn).toBe('2028-03-14');
      const second = await issue(t, {
        personId: person.id,
        programmeCode: programme,
        issuedOn: completedOn,
      });
      expect(second.renewsId).toBe(renews ? first.id : null);
      expect(second.expiresOn).toBe(expiresOn);
    });

    it('does not renew a revoked certificate', async () => {
      const programme = await createProgramme(t);
      const person = await createPerson(t.dataSource);
      const first = await issue(t, { personId: person.id, programmeCode: programme });
      await t.dataSource.query(`UPDATE certificates SET revoked_on = '2027-01-01' WHERE id = $1`, [
        first.id,
      ]);
      const second = await issue(t, {
        personId: person.id,
        programmeCode: programme,
        issuedOn: '2028-02-01',
      });
      expect(second.renewsId).toBeNull();
      expect(second.expiresOn).toBe('2030-01-31');
    });
  });

  it('issues exactly once for ten concurrent completions of the same programme', async () => {
    const person = await createPerson(t.dataSource);
    const programme = await createProgramme(t);
    const issuer = t.app.get(CertificateIssuerService);
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.dataSource.transaction((manager) =>
          issuer.issueForCompletion(manager, person.id, programme, '2026-06-01', null),
        ),
      ),
    );
    expect(results.filter((r) => r.issued)).toHaveLength(1);
    expect(new Set(results.map((r) => r.certificate.number)).size).toBe(1);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM certificates WHERE person_id = $1`,
      [person.id],
    );
    expect(count).toBe(1);
  });

  it('numbers concurrent issues for different people consecutively, no gap, no duplicate', async () => {
    const year = seriesYear();
    const people = await Promise.all(Array.from({ length: 12 }, () => createPerson(t.dataSource)));
    const issued = await Promise.all(
      people.map((p) => issue(t, { personId: p.id, issuedOn: `${year}-05-05` })),
    );
    expect(await seriesOf(t, year)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(new Set(issued.map((c) => c.number)).size).toBe(12);
    const [counter] = await t.dataSource.query(
      `SELECT last_no FROM certificate_counters WHERE year = $1`,
      [year],
    );
    expect(counter.last_no).toBe(12);
  });

  it('leaves no gap when an issuing transaction rolls back', async () => {
    const year = seriesYear();
    const person = await createPerson(t.dataSource);
    const issuer = t.app.get(CertificateIssuerService);
    await issue(t, { personId: person.id, issuedOn: `${year}-01-10` });
    let takenInRollback = '';
    await expect(
      t.dataSource.transaction(async (manager) => {
        const c = await issuer.issue(manager, {
          personId: person.id,
          programmeCode: 'QTNQ71',
          issuedOn: `${year}-01-11`,
          source: 'loa',
          approval: 'approved',
          createdBy: null,
        });
        takenInRollback = c.number;
        throw new Error('the learning transaction failed after issuing');
      }),
    ).rejects.toThrow('the learning transaction failed');
    const next = await issue(t, {
      personId: person.id,
      programmeCode: 'QTNQ71',
      issuedOn: `${year}-01-12`,
    });
    expect(takenInRollback).toBe(`2/${year}/GCN-SGDĐT`);
    expect(next.number).toBe(takenInRollback);
    expect(await seriesOf(t, year)).toEqual([1, 2]);
  });
});
