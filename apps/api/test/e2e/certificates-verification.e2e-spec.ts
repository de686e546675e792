import { generateKeyPairSync } from 'node:crypto';
import { signClaims } from '../../src/modules/certificates/certificate-payload';
import { storedPayload } from '../../src/modules/certificates/stored-payload';
import { VerificationCheckLog } from '../../src/modules/certificates/verification-check-log';
import { createTestApp, TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import { createAssignment, createPerson } from '../factories/people.factory';
import { unique } from '../factories/unique';
import { createUnit } from '../factories/units.factory';
import { encodedNumber, issue } from './certificates-fixtures';

let address = 0;
/** Each test verifies from its own client address, so the rate limit is per test. */
const newClient = () => `203.0.113.${(address = (address % 250) + 1)}`;

describe('public verification', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOA_TRUST_PROXY: 'true' });
  });
  afterAll(() => t.close());

  async function certificateAt(options: { issuedOn?: string; programmeCode?: string } = {}) {
    const unit = await createUnit(t.dataSource, { name: 'Trường THCS Hoa Phượng' });
    const person = await createPerson(t.dataSource, {
      fullName: 'Lê Văn Đức',
      dateOfBirth: '1990-05-17',
    });
    await createAssignment(t.dataSource, {
      personId: person.id,
      unitId: unit.id,
      communicationOfficer: true,
    });
    return issue(t, { personId: person.id, ...options });
  }

  const verify = (number: string, client = newClient()) =>
    t
      .http()
      .get(`/api/certificates/${encodedNumber(number)}/verify`)
      .set('X-Forwarded-For', client);

  it('answers valid for a certificate by its URL-encoded number (with / and Đ), without login', async () => {
    const certificate = await certificateAt({ issuedOn: '2026-03-15' });
    const response = await verify(certificate.number);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      status: 'valid',
      number: certificate.number,
      holder: { name: 'Lê Văn Đức', birthDateMasked: '**/**/1990' },
      unit: 'Trường THCS Hoa Phượng',
      programme: 'Bồi dưỡng kỹ năng truyền thông',
      issuedOn: '2026-03-15',
      expiresOn: '2028-03-14',
    });
  });

  it('answers expired after the last valid day', async () => {
    const certificate = await certificateAt({ issuedOn: '2020-01-10' });
    const response = await verify(certificate.number);
    expect(response.body).toMatchObject({ status: 'expired', expiresOn: '2022-01-09' });
  });

  it('answers revoked with the date and reason once revoked, and keeps the certificate', async () => {
    const certificate = await certificateAt();
    const { token } = await signedIn(t, [{ role: 'department_admin' }]);
    const revoke = await t
      .http()
      .post(`/api/certificates/${encodedNumber(certificate.number)}/revoke`)
      .set('Authorization', `Bearer ${token}`)
      .send({ revokedOn: '2026-06-01', reason: 'Gian lận khi kiểm tra' });
    expect(revoke.status).toBe(200);
    const response = await verify(certificate.number);
    expect(response.body).toMatchObject({
      status: 'revoked',
      revokedOn: '2026-06-01',
      reason: 'Gian lận khi kiểm tra',
      holder: { name: 'Lê Văn Đức' },
    });
  });

  it('answers not_found for an unknown number, and for records awaiting approval', async () => {
    expect((await verify('999999/2026/GCN-SGDĐT')).body).toEqual({ status: 'not_found' });
    const person = await createPerson(t.dataSource);
    const pending = await issue(t, {
      personId: person.id,
      source: 'external',
      approval: 'pending',
      number: unique('EXT'),
    });
    expect((await verify(pending.number)).body).toEqual({ status: 'not_found' });
  });

  it('logs every check with a salted hash of the address, never the address', async () => {
    const certificate = await certificateAt();
    const client = newClient();
    await verify(certificate.number, client);
    await t.app.get(VerificationCheckLog).flush(); // written in batches, within 200 ms
    const rows: { result: string; client_hash: string; channel: string }[] =
      await t.dataSource.query(
        `SELECT result, client_hash, channel FROM verification_checks WHERE number_asked = $1`,
        [certificate.number],
      );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ result: 'valid', channel: 'number' });
    expect(rows[0].client_hash).toMatch(/^[0-9a-f]{64}$/);
    const raw = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM verification_checks WHERE client_hash LIKE '%' || $1 || '%'`,
      [client],
    );
    expect(raw[0].n).toBe(0);
  });

  it('rate limits a client address to 30 checks a minute with a Vietnamese 429', async () => {
    const client = newClient();
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++)
      statuses.push((await verify(`${i}/1999/GCN-SGDĐT`, client)).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const refused = await verify('31/1999/GCN-SGDĐT', client);
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({
      statusCode: 429,
      code: 'TOO_MANY_ATTEMPTS',
      message: 'Bạn tra cứu quá nhiều lần, vui lòng thử lại sau ít phút',
    });
    const payloadRefused = await t
      .http()
      .post('/api/certificates/verify-payload')
      .set('X-Forwarded-For', client)
      .send({ payload: 'x' });
    expect(payloadRefused.status).toBe(429);
    expect((await verify('31/1999/GCN-SGDĐT', newClient())).status).toBe(200);
  });

  it('logs refused checks too, in the order they came', async () => {
    const client = newClient();
    const number = `${unique('RL')}/GCN-SGDĐT`;
    for (let i = 0; i < 31; i++) await verify(number, client);
    await t.app.get(VerificationCheckLog).flush();
    const rows: { result: string; at: Date }[] = await t.dataSource.query(
      `SELECT result, at FROM verification_checks WHERE number_asked = $1 ORDER BY id`,
      [number],
    );
    expect(rows.map((r) => r.result)).toEqual([...Array(30).fill('not_found'), 'rate_limited']);
    const times = rows.map((r) => r.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  describe('signed payload', () => {
    const verifyPayload = (payload: string) =>
      t
        .http()
        .post('/api/certificates/verify-payload')
        .set('X-Forwarded-For', newClient())
        .send({ payload });

    it('accepts the genuine payload with the certificate status', async () => {
      const certificate = await certificateAt();
      const response = await verifyPayload(storedPayload(certificate, 'BDTT')!);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        status: 'valid',
        signatureValid: true,
        number: certificate.number,
      });
    });

    it.each([
      { what: 'one changed letter', edit: (p: string) => p.replace('Đức', 'Đực') },
      {
        what: 'a later expiry',
        edit: (p: string) =>
          p.replace(/\|(\d{4})-03-14\|/, (_m, y: string) => `|${Number(y) + 5}-03-14|`),
      },
      {
        what: 'another algorithm claimed',
        edit: (p: string) => p.replace(/^LOA1\|/, 'LOA1-RS256|'),
      },
    ])('refuses $what', async ({ edit }) => {
      const certificate = await certificateAt();
      const payload = storedPayload(certificate, 'BDTT')!;
      const altered = edit(payload);
      expect(altered).not.toBe(payload);
      const response = await verifyPayload(altered);
      expect(response.status).toBe(200);
      expect(response.body.signatureValid).toBe(false);
    });

    it('refuses a payload signed with a key that is not the department’s', async () => {
      const certificate = await certificateAt();
      const forger = generateKeyPairSync('ed25519')
        .privateKey.export({ format: 'pem', type: 'pkcs8' })
        .toString();
      const forged = signClaims(
        {
          number: certificate.number,
          holderName: certificate.holderName,
          holderDateOfBirth: certificate.holderDateOfBirth,
          programmeCode: 'BDTT',
          issuedOn: certificate.issuedOn,
          expiresOn: certificate.expiresOn,
          keyId: certificate.signingKeyId!.slice(0, 8),
        },
        forger,
      );
      const response = await verifyPayload(forged);
      expect(response.body).toMatchObject({ signatureValid: false, status: 'valid' });
    });

    it('answers not_found and signatureValid false for garbage', async () => {
      const response = await verifyPayload('not a payload');
      expect(response.body).toEqual({ status: 'not_found', signatureValid: false });
    });
  });

  describe('keys', () => {
    it('publishes the public keys without login, never a private key', async () => {
      await certificateAt();
      const response = await t.http().get('/api/certificates/keys');
      expect(response.status).toBe(200);
      expect(response.body.length).toBeGreaterThan(0);
      for (const key of response.body) {
        expect(Object.keys(key).sort()).toEqual([
          'algorithm',
          'createdAt',
          'id',
          'publicKey',
          'retiredAt',
        ]);
        expect(key.algorithm).toBe('Ed25519');
        expect(Buffer.from(key.publicKey, 'base64url')).toHaveLength(32);
      }
    });

    it.each([
      { who: 'anonymous', grants: null, status: 401 },
      { who: 'a learner', grants: [{ role: 'learner' as const }], status: 403 },
      { who: 'a unit manager', grants: [{ role: 'unit_manager' as const }], status: 403 },
    ])('refuses rotation by $who', async ({ grants, status }) => {
      const request = t.http().post('/api/certificates/keys/rotate');
      if (grants) request.set('Authorization', `Bearer ${(await signedIn(t, grants)).token}`);
      expect((await request).status).toBe(status);
    });

    it('rotates for a system administrator; certificates signed before still verify', async () => {
      const before = await certificateAt();
      const { token } = await signedIn(t, [{ role: 'system_admin' }]);
      const rotated = await t
        .http()
        .post('/api/certificates/keys/rotate')
        .set('Authorization', `Bearer ${token}`);
      expect(rotated.status).toBe(201);
      const keys = (await t.http().get('/api/certificates/keys')).body as {
        id: string;
        retiredAt: string | null;
      }[];
      expect(keys.find((k) => k.id === before.signingKeyId)?.retiredAt).not.toBeNull();
      expect(keys.find((k) => k.id === rotated.body.id)?.retiredAt).toBeNull();
      const after = await certificateAt();
      expect(after.signingKeyId).toBe(rotated.body.id);
      for (const certificate of [before, after]) {
        const response = await verifyPayloadFor(certificate);
        expect(response.body.signatureValid).toBe(true);
      }
    });
  });

  const verifyPayloadFor = (certificate: Parameters<typeof storedPayload>[0]) =>
    t
      .http()
      .post('/api/certificates/verify-payload')
      .set('X-Forwarded-For', newClient())
      .send({ payload: storedPayload(certificate, 'BDTT') });
});
