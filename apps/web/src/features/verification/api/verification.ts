import type { CertificateVerification, PayloadVerification } from '@loa/contracts';
import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { isApiError } from '../../../lib/api-error';
import { publicJson } from './public-fetch';

export const fetchVerification = (number: string, signal?: AbortSignal) =>
  publicJson<CertificateVerification>(`/certificates/${encodeURIComponent(number)}/verify`, {
    signal,
  });

export const verificationQueryOptions = (number: string) =>
  queryOptions({
    queryKey: ['verification', number],
    queryFn: ({ signal }) => fetchVerification(number, signal),
    // Every check is counted against the visitor's rate limit: ask once, never in the background.
    staleTime: 60_000,
    refetchOnWindowFocus: false,
    // Offline: say so at once rather than wait silently for the connection.
    networkMode: 'always',
    retry: (count, error) => count < 1 && isApiError(error) && error.status === 0,
  });

/** GET /api/certificates/{number}/verify — public. */
export const useVerification = (number: string | null) =>
  useQuery({ ...verificationQueryOptions(number ?? ''), enabled: !!number });

/** POST /api/certificates/verify-payload — the live status of a scanned certificate. */
export const verifyPayloadOnline = (payload: string) =>
  publicJson<PayloadVerification>('/certificates/verify-payload', {
    method: 'POST',
    body: { payload },
  });

export const useVerifyPayloadOnline = () => useMutation({ mutationFn: verifyPayloadOnline });
