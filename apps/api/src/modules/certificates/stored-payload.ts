import { canonicalClaims, CertificateClaims, keyIdOf } from './certificate-payload';
import type { Certificate } from './certificate.entity';

/** The claims a stored certificate was signed with. */
export const claimsOf = (
  certificate: Pick<
    Certificate,
    'number' | 'holderName' | 'holderDateOfBirth' | 'issuedOn' | 'expiresOn' | 'signingKeyId'
  >,
  programmeCode: string,
): CertificateClaims => ({
  number: certificate.number,
  holderName: certificate.holderName,
  holderDateOfBirth: certificate.holderDateOfBirth,
  programmeCode,
  issuedOn: certificate.issuedOn,
  expiresOn: certificate.expiresOn,
  keyId: keyIdOf(certificate.signingKeyId ?? ''),
});

/** The signed payload of a certificate issued by Loa (null for unsigned ones). */
export function storedPayload(certificate: Certificate, programmeCode: string): string | null {
  if (!certificate.signature || !certificate.signingKeyId) return null;
  return `${canonicalClaims(claimsOf(certificate, programmeCode))}.${certificate.signature}`;
}
