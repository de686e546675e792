import type { CertificateStatus } from '@loa/contracts';

/** The facts that decide a certificate's status. */
export interface StatusFacts {
  approval: 'pending' | 'approved' | 'rejected';
  expiresOn: string | null;
  revokedOn: string | null;
  /** Another certificate replaces this one (a correction). */
  replaced: boolean;
}

/**
 * The status on `today`: replaced and revoked (on or before today) first, then expired (the
 * expiry is the last valid day), else valid. Rejected records have no status (null).
 */
export function certificateStatus(facts: StatusFacts, today: string): CertificateStatus | null {
  if (facts.approval === 'rejected') return null;
  if (facts.approval === 'pending') return 'pending';
  if (facts.replaced) return 'replaced';
  if (facts.revokedOn !== null && facts.revokedOn <= today) return 'revoked';
  if (facts.expiresOn !== null && facts.expiresOn < today) return 'expired';
  return 'valid';
}

/** "**\/**\/1990": the public page shows the year of birth only. */
export const maskBirthDate = (iso: string): string => `**/**/${iso.slice(0, 4)}`;
