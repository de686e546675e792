import type { SigningKeyView } from '@loa/contracts';
import { todayInVietnam } from '../../../lib/dates';
import { CertificateClaims, keyIdOf, parsePayload, PAYLOAD_FORMAT } from './certificate-payload';

export type PayloadProblem =
  | 'malformed'
  | 'unsupported_format'
  | 'unknown_key'
  | 'key_retired_before_issue'
  | 'bad_signature'
  /** This browser cannot check Ed25519 (an old browser, or a page not served over HTTPS). */
  | 'unsupported_browser';

export type OfflineCheck =
  | { valid: true; claims: CertificateClaims }
  | { valid: false; claims: CertificateClaims | null; problem: PayloadProblem };

const SIGNATURE_BYTES = 64;

function base64UrlBytes(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Ed25519 through WebCrypto; null when this browser cannot do it. */
async function ed25519Verify(
  publicKey: string,
  signature: Uint8Array<ArrayBuffer>,
  text: string,
): Promise<boolean | null> {
  if (!globalThis.crypto?.subtle) return null;
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey(
      'raw',
      base64UrlBytes(publicKey),
      { name: 'Ed25519' },
      false,
      ['verify'],
    );
  } catch (error) {
    if ((error as Error).name === 'NotSupportedError') return null;
    return false; // a published key that is not a 32-byte Ed25519 key vouches for nothing
  }
  const data = new TextEncoder().encode(text);
  return crypto.subtle.verify({ name: 'Ed25519' }, key, signature, data);
}

/**
 * Checks a payload in the browser, offline, against the department's published keys: format
 * LOA1 only, a key of algorithm Ed25519 whose id starts with the payload's key id, a retired key
 * only for certificates issued before its retirement, and a signature that matches byte for byte.
 */
export async function checkPayloadOffline(
  payload: string,
  keys: SigningKeyView[],
): Promise<OfflineCheck> {
  const parsed = parsePayload(payload);
  if (!parsed) return { valid: false, claims: null, problem: 'malformed' };
  const { format, claims, signedText, signature } = parsed;
  if (format !== PAYLOAD_FORMAT) return { valid: false, claims, problem: 'unsupported_format' };
  const key = keys.find((k) => k.algorithm === 'Ed25519' && keyIdOf(k.id) === claims.keyId);
  if (!key) return { valid: false, claims, problem: 'unknown_key' };
  if (key.retiredAt && claims.issuedOn > todayInVietnam(new Date(key.retiredAt))) {
    return { valid: false, claims, problem: 'key_retired_before_issue' };
  }
  let signatureBytes: Uint8Array<ArrayBuffer>;
  try {
    signatureBytes = base64UrlBytes(signature);
  } catch {
    return { valid: false, claims, problem: 'bad_signature' };
  }
  if (signatureBytes.length !== SIGNATURE_BYTES) {
    return { valid: false, claims, problem: 'bad_signature' };
  }
  const ok = await ed25519Verify(key.publicKey, signatureBytes, signedText);
  if (ok === null) return { valid: false, claims, problem: 'unsupported_browser' };
  return ok ? { valid: true, claims } : { valid: false, claims, problem: 'bad_signature' };
}
