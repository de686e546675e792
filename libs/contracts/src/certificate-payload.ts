/**
 * The compact signed payload of a certificate, printed in its QR code and its PDF
 * (docs/certificates.md):
 *
 *   LOA1|<number>|<holder name>|<date of birth>|<programme code>|<issued on>|<expires on or ->|<key id>.<signature>
 *
 * `LOA1` fixes the format and the algorithm (Ed25519; nothing else is ever accepted). Fields are
 * NFC text; `%` and `|` inside a field are written %25 and %7C. Dates are YYYY-MM-DD. The key id
 * is the first 8 hex digits of the signing key's id. The signature is base64url of the 64-byte
 * Ed25519 signature over the UTF-8 bytes before the last `.`.
 *
 * Reading and key choice live here, once, for the API, the CLI and the browser; each checks the
 * signature with its own crypto (node:crypto, WebCrypto), so the browser trusts nothing the
 * server says.
 */
export const PAYLOAD_FORMAT = 'LOA1';
export const SIGNATURE_ALGORITHM = 'Ed25519';
export const SIGNATURE_BYTES = 64;

export interface CertificateClaims {
  number: string;
  holderName: string;
  holderDateOfBirth: string;
  programmeCode: string;
  issuedOn: string;
  expiresOn: string | null;
  keyId: string;
}

/** A payload read for its shape only; `signature` is still base64url text. */
export interface ParsedPayload {
  format: string;
  claims: CertificateClaims;
  signedText: string;
  signature: string;
}

/** Why a payload does not vouch for its certificate. */
export type PayloadProblem =
  'malformed' | 'unsupported_format' | 'unknown_key' | 'key_retired_before_issue' | 'bad_signature';

/** What of a published signing key the check needs. */
export interface PayloadKeyLike {
  id: string;
  algorithm: string;
  retiredAt: string | null;
}

const FIELD_COUNT = 8;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const KEY_ID = /^[0-9a-f]{8}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** Việt Nam keeps UTC+7 all year. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The key id a payload names for a signing key: its id without dashes, first 8 digits. */
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

/** Reads a payload's claims, checking nothing but its shape; null when it is not a payload. */
export function parsePayload(payload: string): ParsedPayload | null {
  const text = payload.trim();
  const dot = text.lastIndexOf('.');
  if (dot <= 0) return null;
  const signedText = text.slice(0, dot);
  const signature = text.slice(dot + 1);
  const fields = signedText.split('|');
  if (fields.length !== FIELD_COUNT || !BASE64URL.test(signature)) return null;
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
    signature,
  };
}

/**
 * The published key that may vouch for a parsed payload, or why none may: the format must be
 * LOA1, the key one of `keys` with algorithm Ed25519 and an id starting with the payload's key
 * id, and a retired key only vouches for certificates issued (in Việt Nam) on or before the day
 * it was retired. The signature itself is the caller's to check.
 */
export function payloadKey<K extends PayloadKeyLike>(
  parsed: ParsedPayload,
  keys: readonly K[],
): { key: K } | { problem: PayloadProblem } {
  if (parsed.format !== PAYLOAD_FORMAT) return { problem: 'unsupported_format' };
  const key = keys.find(
    (k) => k.algorithm === SIGNATURE_ALGORITHM && keyIdOf(k.id) === parsed.claims.keyId,
  );
  if (!key) return { problem: 'unknown_key' };
  if (key.retiredAt && parsed.claims.issuedOn > vietnamDayOf(key.retiredAt)) {
    return { problem: 'key_retired_before_issue' };
  }
  return { key };
}

const vietnamDayOf = (instant: string): string =>
  new Date(Date.parse(instant) + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
