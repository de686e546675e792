import type { MyCertificate, ProgrammeView } from '@loa/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const myCertificatesQueryOptions = () =>
  queryOptions({
    queryKey: ['certificates', 'mine'],
    queryFn: ({ signal }) => api<MyCertificate[]>('/me/certificates', { signal }),
  });

/** GET /api/me/certificates — the signed-in person's own, newest first. */
export const useMyCertificates = () => useQuery(myCertificatesQueryOptions());

export const programmesQueryOptions = () =>
  queryOptions({
    queryKey: ['programmes'],
    queryFn: ({ signal }) => api<ProgrammeView[]>('/programmes', { signal }),
    staleTime: 10 * 60_000,
  });

/** The programmes (code → name), for labels and the registry's filter. */
export const useProgrammes = () => useQuery(programmesQueryOptions());
