import { JwtService } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { AccessTokenVerifier, bearerToken } from './access-token-verifier';

const key = createSecretKey(Buffer.from('a-secret-for-the-test-only'));
const jwt = new JwtService({
  secret: key as unknown as Buffer,
  signOptions: { algorithm: 'HS256' },
  verifyOptions: { algorithms: ['HS256'] },
});
const payload = { sub: 'user-1', sid: 'session-1', username: 'nhung' };

describe('bearerToken', () => {
  it.each([
    { header: 'Bearer abc.def.ghi', token: 'abc.def.ghi' },
    { header: 'bearer abc.def.ghi', token: 'abc.def.ghi' },
    { header: '  BEARER   abc.def.ghi ', token: 'abc.def.ghi' },
    { header: 'Basic dXNlcjpwYXNz', token: null },
    { header: 'Bearer', token: null },
    { header: 'Bearer a b', token: 'a' },
    { header: undefined, token: null },
    { header: ['Bearer a', 'Bearer b'], token: null },
  ])('$header → $token', ({ header, token }) => {
    expect(bearerToken(header)).toBe(token);
  });
});

describe('AccessTokenVerifier', () => {
  it('accepts a genuine token, then answers the same token from memory', () => {
    const verifier = new AccessTokenVerifier(jwt);
    const token = jwt.sign(payload, { expiresIn: 900 });
    const verify = jest.spyOn(jwt, 'verify');
    expect(verifier.verify(token)).toMatchObject(payload);
    expect(verifier.verify(token)).toMatchObject(payload);
    expect(verify).toHaveBeenCalledTimes(1);
    verify.mockRestore();
  });

  it('refuses a remembered token from the second it expires', () => {
    const verifier = new AccessTokenVerifier(jwt);
    const token = jwt.sign(payload, { expiresIn: 900 });
    const expiresAt = (jwt.decode<{ exp: number }>(token).exp ?? 0) * 1000;
    expect(verifier.verify(token, expiresAt - 1)).toMatchObject(payload);
    expect(verifier.verify(token, expiresAt)).toBeNull();
  });

  it.each([
    { what: 'an expired token', token: () => jwt.sign(payload, { expiresIn: -10 }) },
    {
      what: 'a token signed with another key',
      token: () => new JwtService({ secret: 'another key' }).sign(payload, { expiresIn: 900 }),
    },
    {
      what: 'a token with a changed payload',
      token: () => {
        const [header, , signature] = jwt.sign(payload, { expiresIn: 900 }).split('.');
        const forged = Buffer.from(JSON.stringify({ ...payload, sub: 'admin' })).toString(
          'base64url',
        );
        return `${header}.${forged}.${signature}`;
      },
    },
    { what: 'garbage', token: () => 'not-a-token' },
    { what: 'no token', token: () => null },
  ])('refuses $what', ({ token }) => {
    expect(new AccessTokenVerifier(jwt).verify(token())).toBeNull();
  });
});
