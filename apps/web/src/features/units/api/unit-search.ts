import type { UnitSearchHit } from '@loa/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const SEARCH_MIN_LENGTH = 2;

export const searchUnits = (
  q: string,
  asOf: string,
  limit: number,
  signal?: AbortSignal,
): Promise<UnitSearchHit[]> =>
  api<UnitSearchHit[]>('/units/search', { query: { q, asOf, limit }, signal });

export const unitSearchQueryOptions = (q: string, asOf: string, limit = 15) =>
  queryOptions({
    queryKey: ['units', 'search', { q, asOf, limit }],
    queryFn: ({ signal }) => searchUnits(q, asOf, limit, signal),
  });

export const useUnitSearch = (q: string, asOf: string) =>
  useQuery({
    ...unitSearchQueryOptions(q, asOf),
    enabled: q.length >= SEARCH_MIN_LENGTH,
    placeholderData: keepPreviousData,
  });
