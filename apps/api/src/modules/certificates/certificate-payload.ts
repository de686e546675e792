import { createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'node:crypto';
import {
  canonicalClaims,
  parsePayload,
  payloadKey,
  SIGNATURE_BYTES,
  type CertificateClaims,
  type PayloadProblem,
} from '@loa/contracts';

/**
 * Signing and checking the certificate payload with node:crypto. The format itself — reading,
 * the canonical text, which published key may vouch — is shared with the browser in
 * @loa/contracts (certificate-payload.ts); only the Ed25519 work is here.
 */
export {
  canonicalClaims,
  keyIdOf,
  parsePayload,
  PAYLOAD_FORMAT,
  SIGNATURE_ALGORITHM,
  type CertificateClaims,
  type PayloadProblem,
} from '@loa/contracts';

/** The custom key of a certificate PDF's document information that carries the payload. */
export const PAYLOAD_INFO_KEY = 'LoaCertificatePayload';

/** A public key as GET /api/certificates/keys publishes it. */
export interface PublishedKey {
  id: string;
  algorithm: string;
  publicKey: string;
  createdAt: string;
  retiredAt: string | null;
}

export type PayloadCheck =
  | { valid: true; claims: CertificateClaims }
  | { valid: false; claims: CertificateClaims | null; problem: PayloadProblem };

/** The signed payload for `claims` with the PKCS#8 PEM private key. */
export function signClaims(claims: CertificateClaims, privateKeyPem: string): string {
  const key = createPrivateKey(privateKeyPem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('Loa signs with Ed25519 keys only');
  const text = canonicalClaims(claims);
  return `${text}.${sign(null, Buffer.from(text, 'utf8'), key).toString('base64url')}`;
}

/** An Ed25519 public key from its raw 32 bytes (base64url); anything else throws. */
export function ed25519PublicKey(raw: string): KeyObject {
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw }, format: 'jwk' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('not an Ed25519 key');
  return key;
}

/**
 * Checks a payload offline against published keys (the key rules: `payloadKey`), then the
 * signature byte for byte: one changed character fails.
 */
export function checkPayload(payload: string, keys: PublishedKey[]): PayloadCheck {
  const parsed = parsePayload(payload);
  if (!parsed) return { valid: false, claims: null, problem: 'malformed' };
  const { claims, signedText } = parsed;
  const chosen = payloadKey(parsed, keys);
  if ('problem' in chosen) return { valid: false, claims, problem: chosen.problem };
  const signature = Buffer.from(parsed.signature, 'base64url');
  let ok = false;
  try {
    ok =
      signature.length === SIGNATURE_BYTES &&
      verify(
        null,
        Buffer.from(signedText, 'utf8'),
        ed25519PublicKey(chosen.key.publicKey),
        signature,
      );
  } catch {
    ok = false;
  }
  return ok ? { valid: true, claims } : { valid: false, claims, problem: 'bad_signature' };
}
