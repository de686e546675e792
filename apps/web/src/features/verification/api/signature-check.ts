import {
  parsePayload,
  payloadKey,
  SIGNATURE_BYTES,
  type CertificateClaims,
  type PayloadProblem as SharedPayloadProblem,
  type SigningKeyView,
} from '@loa/contracts';

export type PayloadProblem =
  | SharedPayloadProblem
  /** This browser cannot check Ed25519 (an old browser, or a page not served over HTTPS). */
  | 'unsupported_browser';

export type OfflineCheck =
  | { valid: true; claims: CertificateClaims }
  | { valid: false; claims: CertificateClaims | null; problem: PayloadProblem };

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
 * Checks a payload in the browser, offline, against the department's published keys (the key
 * rules are the API's: `payloadKey`), then a signature that matches byte for byte.
 */
export async function checkPayloadOffline(
  payload: string,
  keys: SigningKeyView[],
): Promise<OfflineCheck> {
  const parsed = parsePayload(payload);
  if (!parsed) return { valid: false, claims: null, problem: 'malformed' };
  const { claims, signedText, signature } = parsed;
  const chosen = payloadKey(parsed, keys);
  if ('problem' in chosen) return { valid: false, claims, problem: chosen.problem };
  let signatureBytes: Uint8Array<ArrayBuffer>;
  try {
    signatureBytes = base64UrlBytes(signature);
  } catch {
    return { valid: false, claims, problem: 'bad_signature' };
  }
  if (signatureBytes.length !== SIGNATURE_BYTES) {
    return { valid: false, claims, problem: 'bad_signature' };
  }
  const ok = await ed25519Verify(chosen.key.publicKey, signatureBytes, signedText);
  if (ok === null) return { valid: false, claims, problem: 'unsupported_browser' };
  return ok ? { valid: true, claims } : { valid: false, claims, problem: 'bad_signature' };
}
