import { createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'node:crypto';
import { todayInVietnam } from '../../common/dates';

/**
 * The compact signed payload of a certificate (docs/certificates.md):
 *
 *   LOA1|<number>|<holder name>|<date of birth>|<programme code>|<issued on>|<expires on or ->|<key id>.<signature>
 *
 * `LOA1` fixes the format and the algorithm (Ed25519; nothing else is ever accepted). Fields are
 * NFC text; `%` and `|` inside a field are written %25 and %7C. Dates are YYYY-MM-DD. The key id
 * is the first 8 hex digits of the signing key's id. The signature is base64url of the 64-byte
 * Ed25519 signature over the UTF-8 bytes before the last `.`.
 * Pure: no database, no Nest, so the CLI and the browser can use the same rules.
 */
export const PAYLOAD_FORMAT = 'LOA1';
export const SIGNATURE_ALGORITHM = 'Ed25519';

/** The custom key of a certificate PDF's document information that carries the payload. */
export const PAYLOAD_INFO_KEY = 'LoaCertificatePayload';

export interface CertificateClaims {
  number: string;
  holderName: string;
  holderDateOfBirth: string;
  programmeCode: string;
  issuedOn: string;
  expiresOn: string | null;
  keyId: string;
}

/** A public key as GET /api/certificates/keys publishes it. */
export interface PublishedKey {
  id: string;
  algorithm: string;
  publicKey: string;
  createdAt: string;
  retiredAt: string | null;
}

export type PayloadProblem =
  'malformed' | 'unsupported_format' | 'unknown_key' | 'key_retired_before_issue' | 'bad_signature';

export type PayloadCheck =
  | { valid: true; claims: CertificateClaims }
  | { valid: false; claims: CertificateClaims | null; problem: PayloadProblem };

const FIELD_COUNT = 8;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const KEY_ID = /^[0-9a-f]{8}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export const keyIdOf = (signingKeyId: string): string => signingKeyId.replace(/-/g, '').slice(0, 8);

const escapeField = (value: string): string =>
  value.normalize('NFC').replace(/%/g, '%25').replace(/\|/g, '%7C');

const unescapeField = (value: string): string => value.replace(/%7C/gi, '|').replace(/%25/g, '%');

/** The canonical text that is signed: one way to write a certificate's claims. */
export function canonicalClaims(claims: CertificateClaims): string {
  return [
    PAYLOAD_FORMAT,
    claims.number,
    claims.holderName,
    claims.holderDateOfBirth,
    claims.programmeCode,
    claims.issuedOn,
    claims.expiresOn ?? '-',
    claims.keyId,
  ]
    .map(escapeField)
    .join('|');
}

/** The signed payload for `claims` with the PKCS#8 PEM private key. */
export function signClaims(claims: CertificateClaims, privateKeyPem: string): string {
  const key = createPrivateKey(privateKeyPem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('Loa signs with Ed25519 keys only');
  const text = canonicalClaims(claims);
  return `${text}.${sign(null, Buffer.from(text, 'utf8'), key).toString('base64url')}`;
}

/** Reads a payload's claims without checking anything but its shape. */
export function parsePayload(
  payload: string,
): { format: string; claims: CertificateClaims; signedText: string; signature: Buffer } | null {
  const text = payload.trim();
  const dot = text.lastIndexOf('.');
  if (dot <= 0) return null;
  const signedText = text.slice(0, dot);
  const encodedSignature = text.slice(dot + 1);
  const fields = signedText.split('|');
  if (fields.length !== FIELD_COUNT || !BASE64URL.test(encodedSignature)) return null;
  const [format, number, holderName, dob, programmeCode, issuedOn, expiresOn, keyId] =
    fields.map(unescapeField);
  if (
    !ISO_DATE.test(dob) ||
    !ISO_DATE.test(issuedOn) ||
    (expiresOn !== '-' && !ISO_DATE.test(expiresOn)) ||
    !KEY_ID.test(keyId)
  ) {
    return null;
  }
  return {
    format,
    claims: {
      number,
      holderName,
      holderDateOfBirth: dob,
      programmeCode,
      issuedOn,
      expiresOn: expiresOn === '-' ? null : expiresOn,
      keyId,
    },
    signedText,
    signature: Buffer.from(encodedSignature, 'base64url'),
  };
}

/** An Ed25519 public key from its raw 32 bytes (base64url); anything else throws. */
export function ed25519PublicKey(raw: string): KeyObject {
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw }, format: 'jwk' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('not an Ed25519 key');
  return key;
}

/**
 * Checks a payload offline against published keys: the format must be LOA1, the key one of
 * `keys` with algorithm Ed25519 and an id starting with the payload's key id, a retired key
 * may only vouch for certificates issued before it was retired, and the signature must match
 * byte for byte (one changed character fails).
 */
export function checkPayload(payload: string, keys: PublishedKey[]): PayloadCheck {
  const parsed = parsePayload(payload);
  if (!parsed) return { valid: false, claims: null, problem: 'malformed' };
  const { format, claims, signedText, signature } = parsed;
  if (format !== PAYLOAD_FORMAT) {
    return { valid: false, claims, problem: 'unsupported_format' };
  }
  const key = keys.find(
    (k) => k.algorithm === SIGNATURE_ALGORITHM && keyIdOf(k.id) === claims.keyId,
  );
  if (!key) return { valid: false, claims, problem: 'unknown_key' };
  if (key.retiredAt && claims.issuedOn > todayInVietnam(new Date(key.retiredAt))) {
    return { valid: false, claims, problem: 'key_retired_before_issue' };
  }
  let ok = false;
  try {
    ok =
      signature.length === 64 &&
      verify(null, Buffer.from(signedText, 'utf8'), ed25519PublicKey(key.publicKey), signature);
  } catch {
    ok = false;
  }
  return ok ? { valid: true, claims } : { valid: false, claims, problem: 'bad_signature' };
}
