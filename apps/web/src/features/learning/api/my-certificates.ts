import type { MyCertificate } from '@loa/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const fetchMyCertificates = (signal?: AbortSignal) =>
  api<MyCertificate[]>('/me/certificates', { signal });

export const myCertificatesQueryOptions = () =>
  queryOptions({
    queryKey: ['learning', 'my-certificates'],
    queryFn: ({ signal }) => fetchMyCertificates(signal),
  });

/** Whether Loa issued the learner a certificate on or after `since` (a completion date). */
export function useCertificateIssuedSince(since: string | null) {
  return useQuery({
    ...myCertificatesQueryOptions(),
    enabled: !!since,
    select: (certificates) =>
      certificates.some(
        (certificate) => certificate.source === 'loa' && !!since && certificate.issuedOn >= since,
      ),
  });
}
