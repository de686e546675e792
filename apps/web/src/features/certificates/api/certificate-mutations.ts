import type {
  CertificateVerification,
  CorrectCertificateRequest,
  RevokeCertificateRequest,
} from '@loa/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

const path = (number: string, action: string) =>
  `/certificates/${encodeURIComponent(number)}/${action}`;

function useInvalidateCertificates() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['certificates'] });
}

/** POST /api/certificates/{number}/revoke — the certificate is kept and says it was revoked. */
export function useRevokeCertificate() {
  const invalidate = useInvalidateCertificates();
  return useMutation({
    mutationFn: ({ number, body }: { number: string; body: RevokeCertificateRequest }) =>
      api<CertificateVerification>(path(number, 'revoke'), { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

/** POST /api/certificates/{number}/correct — reissued under a new number; the old one is replaced. */
export function useCorrectCertificate() {
  const invalidate = useInvalidateCertificates();
  return useMutation({
    mutationFn: ({ number, body }: { number: string; body: CorrectCertificateRequest }) =>
      api<{ number: string; replaces: string }>(path(number, 'correct'), {
        method: 'POST',
        body,
      }),
    onSuccess: invalidate,
  });
}
