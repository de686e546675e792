import type { BulkDownloadProgress } from '@loa/contracts';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Open } from 'unzipper';
import { createTestApp, TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import { createCertificate } from '../factories/certificates.factory';
import { createAssignment, createPerson } from '../factories/people.factory';
import { createBranches, createUnit } from '../factories/units.factory';
import { issue } from './certificates-fixtures';

/** supertest's types describe a browser parser; in Node a parser receives the response stream. */
const collect = (
  res: NodeJS.ReadableStream,
  callback: (error: Error | null, body: Buffer) => void,
) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};
const binary = collect as never;

const HOLDERS = 30;

describe('certificate bulk downloads', () => {
  let t: TestApp;
  const dataDir = mkdtempSync(join(tmpdir(), 'loa-bulk-'));
  beforeAll(async () => {
    t = await createTestApp({ LOA_DATA_DIR: dataDir });
  });
  afterAll(() => t.close());

  /** A commune with a school, 30 officers holding a Loa certificate, and certificates that must not be zipped. */
  async function world() {
    const branches = await createBranches(t.dataSource);
    const holders: { staffCode: string; number: string }[] = [];
    for (let i = 0; i < HOLDERS; i++) {
      const person = await createPerson(t.dataSource, { fullName: `Lê Thị Thanh Hằng ${i}` });
      const unitId = i % 2 === 0 ? branches.own.id : branches.child.id;
      await createAssignment(t.dataSource, {
        personId: person.id,
        unitId,
        communicationOfficer: true,
      });
      const certificate = await issue(t, { personId: person.id, issuedOn: '2026-04-10' });
      holders.push({ staffCode: person.staffCode, number: certificate.number });
    }
    // Elsewhere, external, or revoked: none of these belongs in the ZIP.
    const outsider = await createPerson(t.dataSource);
    await createAssignment(t.dataSource, { personId: outsider.id, unitId: branches.other.id });
    await issue(t, { personId: outsider.id, issuedOn: '2026-04-10' });
    const external = await createPerson(t.dataSource);
    await createAssignment(t.dataSource, { personId: external.id, unitId: branches.child.id });
    const externalCertificate = await createCertificate(t.dataSource, {
      personId: external.id,
      programmeCode: 'BDTT',
      issuedOn: '2026-04-10',
    });
    await t.dataSource.query(`UPDATE certificates SET unit_id = $1 WHERE id = $2`, [
      branches.child.id,
      externalCertificate.id,
    ]);
    const revoked = await createPerson(t.dataSource);
    await createAssignment(t.dataSource, { personId: revoked.id, unitId: branches.child.id });
    const revokedCertificate = await issue(t, { personId: revoked.id, issuedOn: '2026-04-10' });
    await t.dataSource.query(
      `UPDATE certificates SET revoked_on = '2026-05-01', revocation_reason = 'Thu hồi' WHERE id = $1`,
      [revokedCertificate.id],
    );
    return { branches, holders };
  }

  const post = (token: string, body: object) =>
    t
      .http()
      .post('/api/certificates/bulk-downloads')
      .set('Authorization', `Bearer ${token}`)
      .send(body);
  const status = (token: string, id: string) =>
    t.http().get(`/api/certificates/bulk-downloads/${id}`).set('Authorization', `Bearer ${token}`);

  /** Polls the job's progress until it ends, keeping every answer seen on the way. */
  async function untilFinished(token: string, id: string): Promise<BulkDownloadProgress[]> {
    const seen: BulkDownloadProgress[] = [];
    const deadline = Date.now() + 45_000;
    while (Date.now() < deadline) {
      const response = await status(token, id);
      expect(response.status).toBe(200);
      seen.push(response.body);
      if (response.body.status === 'done' || response.body.status === 'failed') return seen;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`bulk download ${id} did not finish: ${JSON.stringify(seen.at(-1))}`);
  }

  it('zips every Loa certificate of the subtree, one PDF each, with consistent progress', async () => {
    const { branches, holders } = await world();
    const manager = await signedIn(t, [{ role: 'unit_manager', unitId: branches.own.id }]);
    const created = await post(manager.token, { unitCode: branches.own.code, from: '2026-01-01' });
    expect(created.status).toBe(202);
    expect(created.body).toEqual({ id: expect.any(String) });

    const seen = await untilFinished(manager.token, created.body.id);
    const order = ['queued', 'running', 'done'];
    for (let i = 0; i < seen.length; i++) {
      expect(seen[i].done).toBeLessThanOrEqual(Math.max(seen[i].total, 0));
      if (i > 0) {
        expect(order.indexOf(seen[i].status)).toBeGreaterThanOrEqual(
          order.indexOf(seen[i - 1].status),
        );
        expect(seen[i].done).toBeGreaterThanOrEqual(seen[i - 1].done);
      }
    }
    expect(seen.at(-1)).toEqual({
      id: created.body.id,
      status: 'done',
      total: HOLDERS,
      done: HOLDERS,
    });

    const file = await t
      .http()
      .get(`/api/certificates/bulk-downloads/${created.body.id}/file`)
      .set('Authorization', `Bearer ${manager.token}`)
      .buffer(true)
      .parse(binary);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/zip');
    expect(file.headers['content-disposition']).toMatch(
      new RegExp(
        `^attachment; filename="giay-chung-nhan-${branches.own.code}-\\d{2}-\\d{2}-\\d{4}\\.zip"$`,
      ),
    );
    const zip = await Open.buffer(file.body as Buffer);
    const names = zip.files.map((entry) => entry.path).sort();
    expect(names).toEqual(
      holders.map((h) => `${h.number.replace(/\//g, '_')}-${h.staffCode}.pdf`).sort(),
    );
    for (const entry of zip.files) {
      const pdf = await entry.buffer();
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    const exports = readdirSync(join(dataDir, 'exports'));
    expect(exports.some((name) => name.endsWith('.part'))).toBe(false);
  });

  it('keeps a unit outside the caller’s scope, and a download of someone else, at 404', async () => {
    const branches = await createBranches(t.dataSource);
    const siblingManager = await signedIn(t, [
      { role: 'unit_manager', unitId: branches.sibling.id },
    ]);
    const ownManager = await signedIn(t, [{ role: 'unit_manager', unitId: branches.own.id }]);
    const childManager = await signedIn(t, [{ role: 'unit_manager', unitId: branches.child.id }]);
    const admin = await signedIn(t, [{ role: 'department_admin' }]);
    const learner = await signedIn(t, [{ role: 'learner', unitId: branches.own.id }]);

    expect((await post(siblingManager.token, { unitCode: branches.own.code })).status).toBe(404);
    expect((await post(childManager.token, { unitCode: branches.own.code })).status).toBe(404);
    expect((await post(ownManager.token, { unitCode: 'KHONG-CO-DON-VI' })).status).toBe(404);
    expect((await post(learner.token, { unitCode: branches.own.code })).status).toBe(403);
    expect(
      (await post(ownManager.token, { unitCode: branches.own.code, to: '2026-02-30' })).status,
    ).toBe(400);
    const anonymous = await t
      .http()
      .post('/api/certificates/bulk-downloads')
      .send({ unitCode: branches.own.code });
    expect(anonymous.status).toBe(401);

    const created = await post(ownManager.token, { unitCode: branches.child.code });
    expect(created.status).toBe(202);
    expect((await status(siblingManager.token, created.body.id)).status).toBe(404);
    expect((await status(childManager.token, created.body.id)).status).toBe(404);
    expect((await status(admin.token, created.body.id)).status).toBe(200);
    expect((await status(ownManager.token, 'not-a-uuid')).status).toBe(404);
    const foreignFile = await t
      .http()
      .get(`/api/certificates/bulk-downloads/${created.body.id}/file`)
      .set('Authorization', `Bearer ${siblingManager.token}`);
    expect(foreignFile.status).toBe(404);
    const finished = await untilFinished(ownManager.token, created.body.id);
    expect(finished.at(-1)).toMatchObject({ status: 'done', total: 0, done: 0 });
  });

  it('marks the download failed, with the reason, and leaves no file when a certificate cannot be printed', async () => {
    const commune = await createUnit(t.dataSource, { kind: 'commune' });
    const person = await createPerson(t.dataSource);
    await createAssignment(t.dataSource, { personId: person.id, unitId: commune.id });
    const good = await issue(t, { personId: person.id, issuedOn: '2026-02-01' });
    const damaged = await createCertificate(t.dataSource, {
      personId: person.id,
      programmeCode: 'BDTT',
      issuedOn: '2026-03-01',
    });
    // A Loa certificate whose signature is missing: the data is damaged, the ZIP cannot be whole.
    await t.dataSource.query(`UPDATE certificates SET source = 'loa', unit_id = $1 WHERE id = $2`, [
      commune.id,
      damaged.id,
    ]);
    expect(good.unitId).toBe(commune.id);
    const admin = await signedIn(t, [{ role: 'department_admin' }]);

    const created = await post(admin.token, { unitCode: commune.code });
    expect(created.status).toBe(202);
    const last = (await untilFinished(admin.token, created.body.id)).at(-1)!;
    expect(last.status).toBe('failed');
    expect(last.error).toContain(damaged.number);
    const file = await t
      .http()
      .get(`/api/certificates/bulk-downloads/${created.body.id}/file`)
      .set('Authorization', `Bearer ${admin.token}`);
    expect(file.status).toBe(409);
    expect(existsSync(join(dataDir, 'exports', `${created.body.id}.zip.part`))).toBe(false);
    expect(existsSync(join(dataDir, 'exports', `${created.body.id}.zip`))).toBe(false);
    const [row] = await t.dataSource.query(
      `SELECT file_path, finished_at FROM certificate_bulk_downloads WHERE id = $1`,
      [created.body.id],
    );
    expect(row.file_path).toBeNull();
    expect(row.finished_at).not.toBeNull();
  });
});
