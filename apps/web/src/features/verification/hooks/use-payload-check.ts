import type { CertificateClaims, PayloadVerification } from '@loa/contracts';
import { useMutation } from '@tanstack/react-query';
import { checkPayloadOffline, OfflineCheck } from '../api/signature-check';
import { KeySet, loadSigningKeys } from '../api/signing-keys';
import { verifyPayloadOnline } from '../api/verification';

export interface PayloadCheckResult {
  /** The browser's own check; null when no public key could be had (never opened online). */
  offline: OfflineCheck | null;
  keys: KeySet | null;
  /** The server's live answer; null when it could not be asked. */
  online: PayloadVerification | null;
  onlineError: unknown;
  /** The verdict: false as soon as either check finds the signature wrong. */
  signatureValid: boolean | null;
  claims: CertificateClaims | null;
}

async function runChecks(payload: string): Promise<PayloadCheckResult> {
  const [keys, online] = await Promise.allSettled([
    loadSigningKeys(),
    verifyPayloadOnline(payload),
  ]);
  const keySet = keys.status === 'fulfilled' ? keys.value : null;
  const offline = keySet ? await checkPayloadOffline(payload, keySet.keys) : null;
  const live = online.status === 'fulfilled' ? online.value : null;
  const offlineVerdict =
    offline && !(offline.valid === false && offline.problem === 'unsupported_browser')
      ? offline.valid
      : null;
  const verdicts = [offlineVerdict, live?.signatureValid ?? null].filter(
    (v): v is boolean => v !== null,
  );
  const malformed = offline?.valid === false && offline.problem === 'malformed';
  return {
    offline,
    keys: keySet,
    online: live,
    onlineError: online.status === 'rejected' ? online.reason : null,
    signatureValid: malformed ? false : verdicts.length ? verdicts.every(Boolean) : null,
    claims: offline?.claims ?? null,
  };
}

/** Checks a scanned or pasted payload offline in the browser and, when online, with the server. */
export const usePayloadCheck = () =>
  // 'always': offline is a case this check handles itself (cached keys), not a reason to wait.
  useMutation({ mutationFn: runChecks, networkMode: 'always' });
