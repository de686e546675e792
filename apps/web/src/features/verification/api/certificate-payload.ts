/**
 * The signed payload printed in a certificate's QR code (the API's certificate-payload.ts):
 *
 *   LOA1|<number>|<holder>|<date of birth>|<programme>|<issued on>|<expires on or ->|<key id>.<signature>
 *
 * Fields are NFC text with `%` and `|` written %25 and %7C; dates are YYYY-MM-DD; the key id is
 * the first 8 hex digits of the signing key's id; the signature is base64url of the 64-byte
 * Ed25519 signature over the UTF-8 bytes before the last `.`. Re-implemented here on purpose:
 * the browser checks a certificate without trusting (or reaching) the server.
 */
export const PAYLOAD_FORMAT = 'LOA1';

export interface CertificateClaims {
  number: string;
  holderName: string;
  holderDateOfBirth: string;
  programmeCode: string;
  issuedOn: string;
  expiresOn: string | null;
  keyId: string;
}

export interface ParsedPayload {
  format: string;
  claims: CertificateClaims;
  signedText: string;
  signature: string;
}

const FIELD_COUNT = 8;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const KEY_ID = /^[0-9a-f]{8}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

const unescapeField = (value: string): string => value.replace(/%7C/gi, '|').replace(/%25/g, '%');

/** The key id a payload names for a published key: its id without dashes, first 8 digits. */
export const keyIdOf = (signingKeyId: string): string => signingKeyId.replace(/-/g, '').slice(0, 8);

/**
 * What a QR code or a pasted text carries: either the verification address, whose fragment is
 * the URL-encoded payload, or the payload itself.
 */
export function payloadFromText(text: string): string {
  const trimmed = text.trim();
  const hash = trimmed.indexOf('#');
  if (/^https?:\/\//i.test(trimmed) && hash >= 0) {
    try {
      return decodeURIComponent(trimmed.slice(hash + 1)).trim();
    } catch {
      return trimmed.slice(hash + 1).trim();
    }
  }
  return trimmed;
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
