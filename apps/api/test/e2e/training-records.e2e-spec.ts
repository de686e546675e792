import { createTestApp, TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import { createAssignment, createPerson } from '../factories/people.factory';
import { unique } from '../factories/unique';
import { createBranches } from '../factories/units.factory';
import { encodedNumber, issue } from './certificates-fixtures';

const HEADER = 'Mã cán bộ,Mã chương trình,Ngày cấp,Ngày hết hạn,Số hiệu,Đơn vị đào tạo';

describe('POST /api/training-records/import', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const upload = (token: string, csv: string, dryRun = false) =>
    t
      .http()
      .post(`/api/training-records/import?dryRun=${dryRun}`)
      .set('Authorization', `Bearer ${token}`)
      .attach('file', Buffer.from(`\uFEFF${csv}`, 'utf8'), 'ho-so.csv');

  async function staffAt(unitId: string) {
    const person = await createPerson(t.dataSource, { fullName: 'Vũ Thị Lan' });
    await createAssignment(t.dataSource, {
      personId: person.id,
      unitId,
      communicationOfficer: true,
    });
    return person;
  }

  const recordsOf = (personId: string) =>
    t.dataSource.query(
      `SELECT number, series_no, approval, source, issued_on::text, expires_on::text, provider, unit_id
         FROM certificates WHERE person_id = $1 ORDER BY issued_on`,
      [personId],
    );

  it('records training for the department at once (approved, Loa numbers where empty), all-or-nothing dry run first', async () => {
    const { own } = await createBranches(t.dataSource);
    const a = await staffAt(own.id);
    const b = await staffAt(own.id);
    const admin = await signedIn(t, [{ role: 'department_admin' }]);
    const external = unique('TTBD-');
    const csv = `${HEADER}\n${a.staffCode},BDTT,15/03/2025,,${external},Trường Chính trị Hải Phòng\n${b.staffCode},QTNQ71,2026-02-01,,,\n`;

    const dry = await upload(admin.token, csv, true);
    expect(dry.status).toBe(200);
    expect(dry.body).toEqual({ dryRun: true, created: 2, updated: 0, ended: 0, unchanged: 0 });
    expect(await recordsOf(a.id)).toEqual([]);

    const done = await upload(admin.token, csv);
    expect(done.body).toEqual({ dryRun: false, created: 2, updated: 0, ended: 0, unchanged: 0 });
    expect(await recordsOf(a.id)).toEqual([
      expect.objectContaining({
        number: external,
        approval: 'approved',
        source: 'external',
        issued_on: '2025-03-15',
        expires_on: '2027-03-14',
        provider: 'Trường Chính trị Hải Phòng',
        unit_id: own.id,
        series_no: null,
      }),
    ]);
    const [loaNumbered] = await recordsOf(b.id);
    expect(loaNumbered.number).toMatch(/^\d+\/2026\/GCN-SGDĐT$/);
    expect(loaNumbered.expires_on).toBeNull();
    const verify = await t.http().get(`/api/certificates/${encodedNumber(external)}/verify`);
    expect(verify.body).toMatchObject({ status: 'valid', issuedOn: '2025-03-15' });

    const again = await upload(admin.token, csv);
    expect(again.body).toEqual({ dryRun: false, created: 0, updated: 0, ended: 0, unchanged: 2 });
  });

  it('reports every row problem in Vietnamese and writes nothing', async () => {
    const { own } = await createBranches(t.dataSource);
    const a = await staffAt(own.id);
    const admin = await signedIn(t, [{ role: 'department_admin' }]);
    const taken = unique('SO-');
    await upload(admin.token, `${HEADER}\n${a.staffCode},QTNQ71,01/01/2026,,${taken},\n`);
    const dup = unique('DUP-');
    const loaIssued = await issue(t, {
      personId: a.id,
      programmeCode: 'QTNQ71',
      issuedOn: '2025-06-01',
    });
    const csv = [
      HEADER,
      `KHONGCO,BDTT,01/01/2026,,,`, // 2 unknown staff
      `${a.staffCode},XYZ,01/01/2026,,,`, // 3 unknown programme
      `${a.staffCode},BDTT,31/02/2026,,,`, // 4 impossible date
      `${a.staffCode},BDTT,10/01/2026,09/01/2026,,`, // 5 expiry before issue
      `${a.staffCode},BDTT,11/01/2026,,${dup},`, // 6
      `${a.staffCode},BDTT,12/01/2026,,${dup},`, // 7 duplicate number in the file
      `${a.staffCode},BDTT,13/01/2026,,${taken},`, // 8 number already in the register
      `${a.staffCode},BDTT,14/01/2026,,${loaIssued.number},`, // 9 Loa's own form (and taken): one error
      `${a.staffCode},BDTT,01/01/2099,,,`, // 10 future
      `${a.staffCode},BDTT,15/01/2026,,,`, // 11
      `${a.staffCode},BDTT,15/01/2026,,,`, // 12 same record twice
    ].join('\n');
    const response = await upload(admin.token, csv);
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('IMPORT_INVALID');
    const problems = response.body.details.map(
      (d: { row: number; code: string }) => `${d.row}:${d.code}`,
    );
    expect(problems).toEqual([
      '2:unknown_person',
      '3:unknown_programme',
      '4:invalid_date',
      '5:expiry_before_issue',
      '7:duplicate_number',
      '8:duplicate_number',
      '9:reserved_number',
      '10:future_date',
      '12:duplicate_row',
    ]);
    expect(response.body.details[0].message).toBe(
      'Dòng 2, cột Mã cán bộ: không có cán bộ mã KHONGCO trong đơn vị của bạn',
    );
    expect(await recordsOf(a.id)).toHaveLength(2);
  });

  describe('from a unit manager', () => {
    it('waits for the department: pending, not verifiable, refused for people outside the manager’s units', async () => {
      const { own, child, sibling } = await createBranches(t.dataSource);
      const mine = await staffAt(child.id);
      const theirs = await staffAt(sibling.id);
      const manager = await signedIn(t, [{ role: 'unit_manager', unitId: own.id }]);
      const refused = await upload(
        manager.token,
        `${HEADER}\n${theirs.staffCode},BDTT,01/03/2026,,,\n`,
      );
      expect(refused.status).toBe(422);
      expect(refused.body.details[0]).toMatchObject({ row: 2, code: 'unknown_person' });

      const ok = await upload(
        manager.token,
        `${HEADER}\n${mine.staffCode},BDTT,01/03/2026,,,Trung tâm X\n`,
      );
      expect(ok.body).toMatchObject({ created: 1 });
      const [record] = await recordsOf(mine.id);
      expect(record).toMatchObject({ approval: 'pending', series_no: null });
      expect(record.number).toMatch(/^pending:/);

      const admin = await signedIn(t, [{ role: 'department_admin' }]);
      const pending = await t
        .http()
        .get('/api/training-records/pending')
        .set('Authorization', `Bearer ${admin.token}`);
      const entry = pending.body.find((p: { staffCode: string }) => p.staffCode === mine.staffCode);
      expect(entry).toMatchObject({
        number: null,
        programme: { code: 'BDTT' },
        provider: 'Trung tâm X',
        issuedOn: '2026-03-01',
      });

      for (const grants of [
        [{ role: 'unit_manager' as const, unitId: own.id }],
        [{ role: 'learner' as const }],
      ]) {
        const other = await signedIn(t, grants);
        const auth = { Authorization: `Bearer ${other.token}` };
        expect((await t.http().get('/api/training-records/pending').set(auth)).status).toBe(403);
        expect(
          (await t.http().post(`/api/training-records/${entry.id}/approve`).set(auth)).status,
        ).toBe(403);
      }
      expect((await t.http().get('/api/training-records/pending')).status).toBe(401);

      const approved = await t
        .http()
        .post(`/api/training-records/${entry.id}/approve`)
        .set('Authorization', `Bearer ${admin.token}`);
      expect(approved.status).toBe(200);
      expect(approved.body.number).toMatch(/^\d+\/2026\/GCN-SGDĐT$/);
      const verify = await t
        .http()
        .get(`/api/certificates/${encodedNumber(approved.body.number)}/verify`);
      expect(verify.body.status).toBe('valid');
      const twice = await t
        .http()
        .post(`/api/training-records/${entry.id}/approve`)
        .set('Authorization', `Bearer ${admin.token}`);
      expect(twice.status).toBe(409);
    });

    it('can be rejected with a reason; rejected records never count nor verify', async () => {
      const { own } = await createBranches(t.dataSource);
      const person = await staffAt(own.id);
      const manager = await signedIn(t, [{ role: 'unit_manager', unitId: own.id }]);
      const number = unique('NGOAI-');
      await upload(manager.token, `${HEADER}\n${person.staffCode},BDTT,01/03/2026,,${number},\n`);
      const [{ id }] = await t.dataSource.query(`SELECT id FROM certificates WHERE number = $1`, [
        number,
      ]);
      expect(
        (await t.http().get(`/api/certificates/${encodedNumber(number)}/verify`)).body,
      ).toEqual({ status: 'not_found' });
      const admin = await signedIn(t, [{ role: 'department_admin' }]);
      const rejected = await t
        .http()
        .post(`/api/training-records/${id}/reject`)
        .set('Authorization', `Bearer ${admin.token}`)
        .send({ reason: 'Không có minh chứng' });
      expect(rejected.status).toBe(204);
      const [row] = await t.dataSource.query(
        `SELECT approval, rejection_reason FROM certificates WHERE id = $1`,
        [id],
      );
      expect(row).toEqual({ approval: 'rejected', rejection_reason: 'Không có minh chứng' });
      expect(
        (await t.http().get(`/api/certificates/${encodedNumber(number)}/verify`)).body,
      ).toEqual({ status: 'not_found' });
      expect(
        (
          await t
            .http()
            .post(`/api/training-records/not-an-id/reject`)
            .set('Authorization', `Bearer ${admin.token}`)
            .send({ reason: 'x' })
        ).status,
      ).toBe(404);
    });
  });

  it.each([
    { who: 'anonymous', grants: null, status: 401 },
    { who: 'a learner', grants: [{ role: 'learner' as const }], status: 403 },
    { who: 'a course author', grants: [{ role: 'course_author' as const }], status: 403 },
  ])('refuses the import for $who', async ({ grants, status }) => {
    const request = t
      .http()
      .post('/api/training-records/import')
      .attach('file', Buffer.from(`${HEADER}\nX,BDTT,01/01/2026,,,\n`), 'a.csv');
    if (grants) request.set('Authorization', `Bearer ${(await signedIn(t, grants)).token}`);
    expect((await request).status).toBe(status);
  });
});
