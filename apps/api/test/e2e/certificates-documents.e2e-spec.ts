import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPayload } from '../../src/modules/certificates/certificate-payload';
import { createTestApp, TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import { createPerson } from '../factories/people.factory';
import { createBranches } from '../factories/units.factory';
import { encodedNumber, extractPdf, holderAt, issue } from './certificates-fixtures';

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

describe('certificate documents, the registry and corrections', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function world() {
    const branches = await createBranches(t.dataSource);
    const holder = await holderAt(t, branches.child.id, { fullName: 'Trần Thị Thu Hương' });
    const certificate = await issue(t, { personId: holder.person.id, issuedOn: '2026-03-05' });
    return { branches, holder, certificate };
  }

  const getPdf = (number: string, token?: string) => {
    const request = t
      .http()
      .get(`/api/certificates/${encodedNumber(number)}/pdf`)
      .buffer(true)
      .parse(binary);
    return token ? request.set('Authorization', `Bearer ${token}`) : request;
  };

  describe('GET /api/certificates/{number}/pdf per role', () => {
    it.each([
      { who: 'the holder', status: 200 },
      { who: 'the manager of the holder’s commune (parent unit)', status: 200 },
      { who: 'the manager of the holder’s school (own unit)', status: 200 },
      { who: 'a department administrator', status: 200 },
      { who: 'the manager of a sibling commune', status: 404 },
      { who: 'the manager of a school in another branch', status: 404 },
      { who: 'another learner', status: 404 },
      { who: 'anonymous', status: 401 },
    ])('$who → $status', async ({ who, status }) => {
      const { branches, holder, certificate } = await world();
      const tokens: Record<string, () => Promise<string | undefined>> = {
        'the holder': async () => holder.token,
        'the manager of the holder’s commune (parent unit)': async () =>
          (await signedIn(t, [{ role: 'unit_manager', unitId: branches.own.id }])).token,
        'the manager of the holder’s school (own unit)': async () =>
          (await signedIn(t, [{ role: 'unit_manager', unitId: branches.child.id }])).token,
        'a department administrator': async () =>
          (await signedIn(t, [{ role: 'department_admin' }])).token,
        'the manager of a sibling commune': async () =>
          (await signedIn(t, [{ role: 'unit_manager', unitId: branches.sibling.id }])).token,
        'the manager of a school in another branch': async () =>
          (await signedIn(t, [{ role: 'unit_manager', unitId: branches.other.id }])).token,
        'another learner': async () => (await holderAt(t, branches.child.id)).token,
        anonymous: async () => undefined,
      };
      const response = await getPdf(certificate.number, await tokens[who]());
      expect(response.status).toBe(status);
      if (status === 200) {
        expect(response.headers['content-type']).toBe('application/pdf');
        expect((response.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
      }
    });

    it('answers 404 for an external record and for a revoked certificate (holder), 200 for the department', async () => {
      const { holder, certificate } = await world();
      const external = await issue(t, {
        personId: holder.person.id,
        source: 'external',
        number: `EXT-${certificate.id.slice(0, 8)}`,
      });
      const admin = await signedIn(t, [{ role: 'department_admin' }]);
      expect((await getPdf(external.number, admin.token)).status).toBe(404);
      await t
        .http()
        .post(`/api/certificates/${encodedNumber(certificate.number)}/revoke`)
        .set('Authorization', `Bearer ${admin.token}`)
        .send({ revokedOn: '2026-04-01', reason: 'Cấp nhầm' });
      expect((await getPdf(certificate.number, holder.token)).status).toBe(404);
      expect((await getPdf(certificate.number, admin.token)).status).toBe(200);
    });
  });

  it('prints the Vietnamese exactly (extracted text) and carries a payload that verifies', async () => {
    const { holder, certificate } = await world();
    const response = await getPdf(certificate.number, holder.token);
    const { text, info } = extractPdf(response.body as Buffer);
    expect(text).toBe(text.normalize('NFC'));
    for (const expected of [
      'UBND THÀNH PHỐ HẢI PHÒNG',
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'GIẤY CHỨNG NHẬN',
      `Số: ${certificate.number}`,
      'Chứng nhận: Trần Thị Thu Hương',
      'Ngày sinh: 17/05/1990',
      'Đơn vị công tác: Trường Tiểu học Thử',
      'Đã hoàn thành chương trình: Bồi dưỡng kỹ năng truyền thông',
      'Kết quả: Đạt',
      'Giấy chứng nhận có giá trị đến ngày 04/03/2028',
      'Hải Phòng, ngày 05 tháng 3 năm 2026',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Nguyễn Văn Mẫu',
    ]) {
      expect(text).toContain(expected.normalize('NFC'));
    }
    const payload = (info.Custom as Record<string, string>).LoaCertificatePayload;
    const keys = (await t.http().get('/api/certificates/keys')).body;
    expect(checkPayload(payload, keys)).toMatchObject({
      valid: true,
      claims: {
        number: certificate.number,
        holderName: 'Trần Thị Thu Hương',
        programmeCode: 'BDTT',
      },
    });
  });

  describe('npm run verify-certificate', () => {
    const run = (args: string[]) =>
      new Promise<{ status: number | null; stdout: string }>((resolve, reject) => {
        // Asynchronous: with --server the CLI calls this very process's app.
        execFile(
          process.execPath,
          ['-r', '@swc-node/register', 'scripts/verify-certificate.ts', ...args],
          { cwd: join(__dirname, '..', '..'), encoding: 'utf8', timeout: 60_000 },
          (error, stdout) => {
            if (error && typeof error.code !== 'number') reject(error);
            else resolve({ status: error ? (error.code as number) : 0, stdout });
          },
        );
      });

    async function savedPdf() {
      const { holder, certificate } = await world();
      const dir = mkdtempSync(join(tmpdir(), 'loa-verify-'));
      const pdf = (await getPdf(certificate.number, holder.token)).body as Buffer;
      const pdfPath = join(dir, 'gcn.pdf');
      const keysPath = join(dir, 'keys.json');
      writeFileSync(pdfPath, pdf);
      writeFileSync(keysPath, JSON.stringify((await t.http().get('/api/certificates/keys')).body));
      return { certificate, dir, pdf, pdfPath, keysPath };
    }

    it('says VALID for the PDF the API produced, offline with the published keys', async () => {
      const { pdfPath, keysPath } = await savedPdf();
      const good = await run([pdfPath, '--keys', keysPath]);
      expect(good.stdout).toContain('Họ và tên / Holder:          Trần Thị Thu Hương');
      expect(good.stdout).toContain('KẾT QUẢ: HỢP LỆ / RESULT: VALID');
      expect(good.status).toBe(0);
    });

    it('says INVALID for a PDF whose payload has one changed digit, and for an edited payload argument', async () => {
      const { dir, pdf, keysPath } = await savedPdf();
      const utf16 = (text: string) => [...text].map((c) => `\x00${c}`).join('');
      const original = pdf.toString('latin1');
      expect(original).toContain(utf16('1990-05-17'));
      const editedPath = join(dir, 'edited.pdf');
      writeFileSync(
        editedPath,
        Buffer.from(original.replace(utf16('1990-05-17'), utf16('1991-05-17')), 'latin1'),
      );
      const edited = await run([editedPath, '--keys', keysPath]);
      expect(edited.stdout).toContain('Ngày sinh / Date of birth:   17/05/1991');
      expect(edited.stdout).toContain('KẾT QUẢ: KHÔNG HỢP LỆ / RESULT: INVALID');
      expect(edited.status).toBe(1);

      const payload = (extractPdf(pdf).info.Custom as Record<string, string>).LoaCertificatePayload;
      const changed = await run([payload.replace('Hương', 'Hưong'), '--keys', keysPath]);
      expect(changed.stdout).toContain('RESULT: INVALID');
      expect(changed.status).toBe(1);
      const unchanged = await run([payload, '--keys', keysPath]);
      expect(unchanged.status).toBe(0);
    });

    it('asks the server too with --server, and fails once the certificate is revoked', async () => {
      const { certificate, pdfPath } = await savedPdf();
      await t.app.listen(0, '127.0.0.1');
      const server = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
      const valid = await run([pdfPath, '--server', server]);
      expect(valid.stdout).toContain('Máy chủ / Server: valid');
      expect(valid.status).toBe(0);
      const admin = await signedIn(t, [{ role: 'department_admin' }]);
      await t
        .http()
        .post(`/api/certificates/${encodedNumber(certificate.number)}/revoke`)
        .set('Authorization', `Bearer ${admin.token}`)
        .send({ revokedOn: '2026-05-01', reason: 'Thu hồi thử' });
      const revoked = await run([pdfPath, '--server', server]);
      expect(revoked.stdout).toContain('Máy chủ / Server: revoked');
      expect(revoked.status).toBe(1);
    });
  });

  describe('revoke and correct', () => {
    it.each([
      { who: 'anonymous', grants: null, status: 401 },
      { who: 'a learner', grants: [{ role: 'learner' as const }], status: 403 },
      { who: 'a unit manager', grants: [{ role: 'unit_manager' as const }], status: 403 },
    ])('refuses revocation and correction by $who', async ({ grants, status }) => {
      const { certificate } = await world();
      const token = grants ? (await signedIn(t, grants)).token : undefined;
      for (const [path, body] of [
        ['revoke', { revokedOn: '2026-05-01', reason: 'x' }],
        ['correct', { holderName: 'Tên khác' }],
      ] as const) {
        const request = t
          .http()
          .post(`/api/certificates/${encodedNumber(certificate.number)}/${path}`)
          .send(body);
        if (token) request.set('Authorization', `Bearer ${token}`);
        expect((await request).status).toBe(status);
      }
    });

    it('revokes once (409 the second time), 404 for an unknown number, 400 before the issue date', async () => {
      const { certificate } = await world();
      const { token } = await signedIn(t, [{ role: 'department_admin' }]);
      const post = (number: string, body: object) =>
        t
          .http()
          .post(`/api/certificates/${encodedNumber(number)}/revoke`)
          .set('Authorization', `Bearer ${token}`)
          .send(body);
      expect(
        (await post(certificate.number, { revokedOn: '2026-01-01', reason: 'x' })).status,
      ).toBe(400);
      expect(
        (await post(certificate.number, { revokedOn: '2026-05-01', reason: 'Sai thông tin' }))
          .status,
      ).toBe(200);
      expect(
        (await post(certificate.number, { revokedOn: '2026-05-02', reason: 'again' })).status,
      ).toBe(409);
      expect(
        (await post('0/2026/GCN-SGDĐT', { revokedOn: '2026-05-01', reason: 'x' })).status,
      ).toBe(404);
      const [audit] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'certificate.revoked' AND entity_id = $1`,
        [certificate.id],
      );
      expect(audit.n).toBe(1);
    });

    it('corrects a misspelt name under a new number linked to the old, which answers revoked (replaced)', async () => {
      const { holder, certificate } = await world();
      const { token } = await signedIn(t, [{ role: 'department_admin' }]);
      const response = await t
        .http()
        .post(`/api/certificates/${encodedNumber(certificate.number)}/correct`)
        .set('Authorization', `Bearer ${token}`)
        .send({ holderName: 'Trần Thị Thu Hường' });
      expect(response.status).toBe(201);
      const corrected = response.body.number as string;
      expect(corrected).not.toBe(certificate.number);
      const oldAnswer = (
        await t.http().get(`/api/certificates/${encodedNumber(certificate.number)}/verify`)
      ).body;
      expect(oldAnswer).toMatchObject({ status: 'revoked', replacedBy: corrected });
      const newAnswer = (await t.http().get(`/api/certificates/${encodedNumber(corrected)}/verify`))
        .body;
      expect(newAnswer).toMatchObject({
        status: 'valid',
        holder: { name: 'Trần Thị Thu Hường' },
        issuedOn: '2026-03-05',
        expiresOn: '2028-03-04',
      });
      const mine = (
        await t.http().get('/api/me/certificates').set('Authorization', `Bearer ${holder.token}`)
      ).body;
      expect(mine).toEqual(
        expect.arrayContaining([
          {
            number: certificate.number,
            programme: 'BDTT',
            issuedOn: '2026-03-05',
            expiresOn: '2028-03-04',
            status: 'replaced',
            source: 'loa',
          },
          {
            number: corrected,
            programme: 'BDTT',
            issuedOn: '2026-03-05',
            expiresOn: '2028-03-04',
            status: 'valid',
            source: 'loa',
          },
        ]),
      );
      const again = await t
        .http()
        .post(`/api/certificates/${encodedNumber(certificate.number)}/correct`)
        .set('Authorization', `Bearer ${token}`)
        .send({ holderName: 'X' });
      expect(again.status).toBe(409);
    });
  });

  it('GET /api/me/certificates lists only the caller’s own, with status and source', async () => {
    const { holder, certificate, branches } = await world();
    await issue(t, { personId: holder.person.id, issuedOn: '2020-02-01', programmeCode: 'BDTT' });
    await issue(t, {
      personId: holder.person.id,
      source: 'external',
      approval: 'pending',
      number: `P-${certificate.id.slice(0, 6)}`,
    });
    const someoneElse = await holderAt(t, branches.child.id);
    await issue(t, { personId: someoneElse.person.id });
    const response = await t
      .http()
      .get('/api/me/certificates')
      .set('Authorization', `Bearer ${holder.token}`);
    expect(response.status).toBe(200);
    expect(
      response.body
        .map((c: { status: string; source: string }) => `${c.status}/${c.source}`)
        .sort(),
    ).toEqual(['expired/loa', 'pending/external', 'valid/loa']);
    expect((await t.http().get('/api/me/certificates')).status).toBe(401);
  });

  describe('registry', () => {
    it('lists a subtree for a period, scoped: a manager sees own branch, 404 for another', async () => {
      const { branches, certificate } = await world();
      const otherHolder = await holderAt(t, branches.other.id);
      const otherCertificate = await issue(t, {
        personId: otherHolder.person.id,
        issuedOn: '2026-03-05',
      });
      const manager = await signedIn(t, [{ role: 'unit_manager', unitId: branches.own.id }]);
      const list = (query: string, token = manager.token) =>
        t.http().get(`/api/certificates?${query}`).set('Authorization', `Bearer ${token}`);

      const own = await list(`unit=${branches.own.code}&from=2026-03-01&to=2026-03-31`);
      expect(own.status).toBe(200);
      expect(own.body).toMatchObject({ total: 1, page: 1, pageSize: 50 });
      expect(own.body.items[0]).toMatchObject({
        number: certificate.number,
        holderName: 'Trần Thị Thu Hương',
        unit: { code: branches.child.code },
        programme: { code: 'BDTT' },
        status: 'valid',
        source: 'loa',
      });
      expect((await list(`unit=${branches.sibling.code}`)).status).toBe(404);
      const all = await list('from=2026-03-05&to=2026-03-05&pageSize=200');
      const numbers = all.body.items.map((i: { number: string }) => i.number);
      expect(numbers).toContain(certificate.number);
      expect(numbers).not.toContain(otherCertificate.number);
      expect((await list(`unit=${branches.own.code}&from=2026-04-01`)).body.total).toBe(0);

      const admin = await signedIn(t, [{ role: 'department_admin' }]);
      const sibling = await list(`unit=${branches.sibling.code}`, admin.token);
      expect(sibling.body.items.map((i: { number: string }) => i.number)).toEqual([
        otherCertificate.number,
      ]);
      const learner = await holderAt(t, branches.child.id);
      expect((await list('', learner.token)).status).toBe(403);
    });

    it('exports XLSX whose text cells cannot become formulas', async () => {
      const { branches } = await world();
      const person = await createPerson(t.dataSource, {
        fullName: '=HYPERLINK("http://evil","Bấm")',
      });
      await t.dataSource.query(
        `INSERT INTO assignments (person_id, unit_id, start_date, is_communication_officer) VALUES ($1, $2, '2020-01-01', true)`,
        [person.id, branches.child.id],
      );
      await issue(t, {
        personId: person.id,
        source: 'external',
        number: `@SUM(A1)-${person.id.slice(0, 6)}`,
        provider: '+cmd|calc',
      });
      const admin = await signedIn(t, [{ role: 'department_admin' }]);
      const response = await t
        .http()
        .get(`/api/certificates.xlsx?unit=${branches.own.code}`)
        .set('Authorization', `Bearer ${admin.token}`)
        .buffer(true)
        .parse(binary);
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.body as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      expect(sheet.getRow(1).getCell(2).value).toBe('Số hiệu');
      const cells: ExcelJS.CellValue[] = [];
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
      expect(cells.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
      expect(cells).toContain(`'=HYPERLINK("http://evil","Bấm")`);
      expect(cells).toContain(`'+cmd|calc`);
      expect(cells.some((v) => typeof v === 'string' && v.startsWith(`'@SUM(A1)`))).toBe(true);
      expect(cells).toContain('Trần Thị Thu Hương');
    });
  });
});
