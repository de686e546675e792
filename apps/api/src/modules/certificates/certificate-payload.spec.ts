import { generateKeyPairSync } from 'node:crypto';
import {
  canonicalClaims,
  CertificateClaims,
  checkPayload,
  keyIdOf,
  parsePayload,
  PublishedKey,
  signClaims,
} from './certificate-payload';

function keyPair(id: string, retiredAt: string | null = null) {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const published: PublishedKey = {
    id,
    algorithm: 'Ed25519',
    publicKey: publicKey.export({ format: 'jwk' }).x!,
    createdAt: '2026-01-01T00:00:00.000Z',
    retiredAt,
  };
  return { published, privatePem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() };
}

const KEY_ID = '0a1b2c3d-0000-4000-8000-000000000001';
const claims: CertificateClaims = {
  number: '125/2026/GCN-SGDĐT',
  holderName: 'Nguyễn Thị Hồng Nhung',
  holderDateOfBirth: '1990-05-17',
  programmeCode: 'BDTT',
  issuedOn: '2026-03-15',
  expiresOn: '2028-03-14',
  keyId: keyIdOf(KEY_ID),
};

describe('certificate payload', () => {
  const key = keyPair(KEY_ID);
  const payload = signClaims(claims, key.privatePem);

  it('writes the canonical LOA1 line and a 64-byte signature, short enough for a QR code', () => {
    expect(
      payload.startsWith(
        'LOA1|125/2026/GCN-SGDĐT|Nguyễn Thị Hồng Nhung|1990-05-17|BDTT|2026-03-15|2028-03-14|0a1b2c3d.',
      ),
    ).toBe(true);
    expect(Buffer.byteLength(payload, 'utf8')).toBeLessThan(220);
  });

  it('verifies with the published key and reads the claims back', () => {
    expect(checkPayload(payload, [key.published])).toEqual({ valid: true, claims });
  });

  it('escapes | and % inside fields so they cannot shift the other fields', () => {
    const odd = { ...claims, holderName: 'A|B %7C 100%' };
    const signed = signClaims(odd, key.privatePem);
    expect(canonicalClaims(odd)).toContain('A%7CB %257C 100%25');
    expect(checkPayload(signed, [key.published])).toEqual({ valid: true, claims: odd });
  });

  it('signs text without expiry as "-"', () => {
    const forever = { ...claims, expiresOn: null };
    const signed = signClaims(forever, key.privatePem);
    expect(signed).toContain('|2026-03-15|-|');
    expect(checkPayload(signed, [key.published])).toEqual({ valid: true, claims: forever });
  });

  it('fails when any single character of the signed text changes', () => {
    const dot = payload.lastIndexOf('.');
    const failures = [...payload.slice(0, dot)].map((char, i) => {
      const swapped = char === 'X' ? 'Y' : 'X';
      const changed = payload.slice(0, i) + swapped + payload.slice(i + 1);
      return checkPayload(changed, [key.published]).valid;
    });
    expect(failures.every((valid) => !valid)).toBe(true);
  });

  it.each([
    { what: 'a name with one letter changed', edit: (p: string) => p.replace('Nhung', 'Nhunq') },
    { what: 'an accent changed', edit: (p: string) => p.replace('Hồng', 'Hông') },
    { what: 'the name decomposed (NFD)', edit: (p: string) => p.normalize('NFD') },
    { what: 'a later expiry', edit: (p: string) => p.replace('2028-03-14', '2029-03-14') },
    {
      what: 'a flipped signature bit',
      edit: (p: string) => p.slice(0, -2) + (p.at(-2) === 'A' ? 'B' : 'A') + p.at(-1),
    },
    { what: 'a truncated signature', edit: (p: string) => p.slice(0, -4) },
  ])('fails for $what', ({ edit }) => {
    expect(checkPayload(edit(payload), [key.published]).valid).toBe(false);
  });

  it('refuses another format or algorithm claimed in the payload', () => {
    const claimsOther = payload.replace(/^LOA1\|/, 'LOA1-HS256|');
    expect(checkPayload(claimsOther, [key.published])).toMatchObject({
      valid: false,
      problem: 'unsupported_format',
    });
    const otherFormat = payload.replace(/^LOA1\|/, 'LOA2|');
    expect(checkPayload(otherFormat, [key.published])).toMatchObject({
      valid: false,
      problem: 'unsupported_format',
    });
  });

  it('refuses a payload signed by another key, even one that claims the same key id', () => {
    const forger = keyPair(KEY_ID);
    const forged = signClaims(claims, forger.privatePem);
    expect(checkPayload(forged, [key.published])).toMatchObject({
      valid: false,
      problem: 'bad_signature',
    });
  });

  it('refuses a key published with another algorithm', () => {
    const relabelled = { ...key.published, algorithm: 'HS256' };
    expect(checkPayload(payload, [relabelled])).toMatchObject({
      valid: false,
      problem: 'unknown_key',
    });
  });

  it('keeps verifying with a retired key what it signed before retirement, not after', () => {
    const retired = { ...key.published, retiredAt: '2026-06-30T10:00:00.000Z' };
    expect(checkPayload(payload, [retired]).valid).toBe(true);
    const backdated = signClaims({ ...claims, issuedOn: '2026-07-01' }, key.privatePem);
    expect(checkPayload(backdated, [retired])).toMatchObject({
      valid: false,
      problem: 'key_retired_before_issue',
    });
  });

  it('judges a key retired late in the evening (UTC) by the day it already was in Việt Nam', () => {
    // 18:30 UTC on 30/06 is 01:30 on 01/07 in Hải Phòng: a certificate of 01/07 is still covered.
    const retired = { ...key.published, retiredAt: '2026-06-30T18:30:00.000Z' };
    const firstOfJuly = signClaims({ ...claims, issuedOn: '2026-07-01' }, key.privatePem);
    const secondOfJuly = signClaims({ ...claims, issuedOn: '2026-07-02' }, key.privatePem);
    expect(checkPayload(firstOfJuly, [retired]).valid).toBe(true);
    expect(checkPayload(secondOfJuly, [retired])).toMatchObject({
      valid: false,
      problem: 'key_retired_before_issue',
    });
  });

  it.each(['', 'abc', 'LOA1|x.y', `${payload.split('.')[0]}`, `${payload}!`])(
    'refuses %p as malformed',
    (text) => {
      expect(checkPayload(text, [key.published])).toMatchObject({
        valid: false,
        problem: 'malformed',
      });
    },
  );

  it('parses a payload with a dot in the name', () => {
    const dotted = { ...claims, holderName: 'Trần T. Mai' };
    expect(parsePayload(signClaims(dotted, key.privatePem))?.claims.holderName).toBe('Trần T. Mai');
  });
});
