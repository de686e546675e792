import { createTestApp, TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import { createAssignment, createPerson } from '../factories/people.factory';
import { unique } from '../factories/unique';
import { createBranches } from '../factories/units.factory';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

describe('POST /api/training-records (one record with its evidence)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function officerAt(unitId: string) {
    const person = await createPerson(t.dataSource, { fullName: 'Vũ Thị Lan' });
    await createAssignment(t.dataSource, {
      personId: person.id,
      unitId,
      communicationOfficer: true,
    });
    return person;
  }

  const send = (
    token: string,
    fields: Record<string, string>,
    file: Buffer = PDF,
    name = 'giay-chung-nhan.pdf',
  ) => {
    const request = t.http().post('/api/training-records').set('Authorization', `Bearer ${token}`);
    for (const [key, value] of Object.entries(fields)) void request.field(key, value);
    return request.attach('evidence', file, name);
  };

  const recordsOf = (personId: string) =>
    t.dataSource.query(
      `SELECT c.number, c.approval, c.source, c.issued_on::text, c.expires_on::text, c.provider,
              f.purpose, f.mime_type
         FROM certificates c LEFT JOIN stored_files f ON f.id::text = c.evidence_file
        WHERE c.person_id = $1`,
      [personId],
    );

  const storedEvidenceCount = async (userId: string): Promise<number> => {
    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM stored_files WHERE uploaded_by = $1`,
      [userId],
    );
    return row.n;
  };

  it('from a unit manager, for a person in their units: pending, with the evidence stored', async () => {
    const { own } = await createBranches(t.dataSource);
    const person = await officerAt(own.id);
    const manager = await signedIn(t, [{ role: 'unit_manager', unitId: own.id }]);
    const response = await send(manager.token, {
      staffCode: person.staffCode,
      programmeCode: 'BDTT',
      issuedOn: '15/03/2025',
      provider: 'Trường Chính trị Hải Phòng',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      approval: 'pending',
      number: null,
      staffCode: person.staffCode,
      programmeCode: 'BDTT',
      issuedOn: '2025-03-15',
      expiresOn: '2027-03-14',
      provider: 'Trường Chính trị Hải Phòng',
      evidenceUrl: `/api/training-records/${response.body.id}/evidence`,
    });
    expect(await recordsOf(person.id)).toEqual([
      expect.objectContaining({
        approval: 'pending',
        source: 'external',
        purpose: 'training_evidence',
        mime_type: 'application/pdf',
      }),
    ]);
    const audit = await t.dataSource.query(`SELECT action FROM audit_events WHERE entity_id = $1`, [
      response.body.id,
    ]);
    expect(audit).toEqual([{ action: 'training_record.recorded' }]);

    const admin = await signedIn(t, [{ role: 'department_admin' }]);
    const pending = await t
      .http()
      .get('/api/training-records/pending')
      .set('Authorization', `Bearer ${admin.token}`);
    expect(pending.body).toContainEqual(
      expect.objectContaining({ id: response.body.id, evidenceUrl: response.body.evidenceUrl }),
    );
  });

  it('from the department: approved at once, numbered by Loa, and counted by coverage', async () => {
    const { own } = await createBranches(t.dataSource);
    const person = await officerAt(own.id);
    const admin = await signedIn(t, [{ role: 'department_admin' }]);
    const response = await send(admin.token, {
      staffCode: person.staffCode,
      programmeCode: 'BDTT',
      issuedOn: '2026-02-01',
    });
    expect(response.status).toBe(201);
    expect(response.body.approval).toBe('approved');
    expect(response.body.number).toMatch(/^\d+\/2026\/GCN-SGDĐT$/);

    const [unit] = await t.dataSource.query(`SELECT code FROM units WHERE id = $1`, [own.id]);
    const coverage = await t
      .http()
      .get('/api/coverage/people')
      .query({ target: 'CBTT', unit: unit.code, asOf: '2026-03-01', pageSize: '500' })
      .set('Authorization', `Bearer ${admin.token}`);
    expect(coverage.status).toBe(200);
    expect(coverage.body.items).toContainEqual(
      expect.objectContaining({
        staffCode: person.staffCode,
        trained: true,
        certificate: expect.objectContaining({ number: response.body.number }),
      }),
    );
  });

  it('refuses people outside the manager’s units (404), bad dates (400) and taken numbers (409), storing nothing', async () => {
    const { own, other } = await createBranches(t.dataSource);
    const inside = await officerAt(own.id);
    const outside = await officerAt(other.id);
    const manager = await signedIn(t, [{ role: 'unit_manager', unitId: own.id }]);
    const base = { staffCode: inside.staffCode, programmeCode: 'BDTT', issuedOn: '01/02/2026' };

    const foreign = await send(manager.token, { ...base, staffCode: outside.staffCode });
    expect(foreign.status).toBe(404);
    expect(foreign.body.message).toContain(outside.staffCode);
    expect((await send(manager.token, { ...base, staffCode: 'KHONGCO' })).status).toBe(404);

    const badDate = await send(manager.token, { ...base, issuedOn: '31/02/2026' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.details).toEqual([expect.objectContaining({ field: 'issuedOn' })]);
    const backwards = await send(manager.token, { ...base, expiresOn: '2026-01-01' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.message).toBe('Ngày hết hạn 01/01/2026 trước ngày cấp 01/02/2026');

    const number = unique('SO-');
    expect((await send(manager.token, { ...base, certificateNo: number })).status).toBe(201);
    const taken = await send(manager.token, {
      ...base,
      issuedOn: '02/02/2026',
      certificateNo: number,
    });
    expect(taken.status).toBe(409);
    expect(await recordsOf(outside.id)).toEqual([]);
    expect(await recordsOf(inside.id)).toHaveLength(1);
    expect(await storedEvidenceCount(manager.account.id)).toBe(1);
  });

  it('accepts only PDF, JPEG or PNG evidence up to 10 MB', async () => {
    const { own } = await createBranches(t.dataSource);
    const person = await officerAt(own.id);
    const manager = await signedIn(t, [{ role: 'unit_manager', unitId: own.id }]);
    const fields = { staffCode: person.staffCode, programmeCode: 'BDTT', issuedOn: '01/02/2026' };

    const text = await send(manager.token, fields, Buffer.from('không phải PDF'), 'ghi-chu.pdf');
    expect(text.status).toBe(415);
    expect(text.body.code).toBe('UNSUPPORTED_FILE_TYPE');
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    const oversize = await send(manager.token, fields, big);
    expect(oversize.status).toBe(413);
    expect(await recordsOf(person.id)).toEqual([]);
    expect(await storedEvidenceCount(manager.account.id)).toBe(0);

    const png = await send(manager.token, fields, PNG, 'anh-chup.png');
    expect(png.status).toBe(201);
  });

  it('streams the evidence to the department and to managers of the person’s units only', async () => {
    const { own, sibling } = await createBranches(t.dataSource);
    const person = await officerAt(own.id);
    const manager = await signedIn(t, [{ role: 'unit_manager', unitId: own.id }]);
    const created = await send(manager.token, {
      staffCode: person.staffCode,
      programmeCode: 'BDTT',
      issuedOn: '01/02/2026',
    });
    const url: string = created.body.evidenceUrl;
    const fetch = (token: string) =>
      t
        .http()
        .get(url)
        .set('Authorization', `Bearer ${token}`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });

    const own1 = await fetch(manager.token);
    expect(own1.status).toBe(200);
    expect(own1.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(own1.body as Buffer, PDF)).toBe(0);
    const admin = await signedIn(t, [{ role: 'department_admin' }]);
    expect((await fetch(admin.token)).status).toBe(200);
    const neighbour = await signedIn(t, [{ role: 'unit_manager', unitId: sibling.id }]);
    expect((await fetch(neighbour.token)).status).toBe(404);
    const learner = await signedIn(t, [{ role: 'learner' }]);
    expect((await fetch(learner.token)).status).toBe(403);
    const missing = await t
      .http()
      .get('/api/training-records/00000000-0000-0000-0000-000000000000/evidence')
      .set('Authorization', `Bearer ${admin.token}`);
    expect(missing.status).toBe(404);
  });
});
