import type { UnitNode } from '@loa/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const fetchUnitRoots = (asOf: string, signal?: AbortSignal): Promise<UnitNode[]> =>
  api<UnitNode[]>('/units/roots', { query: { asOf }, signal });

export const unitRootsQueryOptions = (asOf: string) =>
  queryOptions({
    queryKey: ['units', 'roots', asOf],
    queryFn: ({ signal }) => fetchUnitRoots(asOf, signal),
  });

export const useUnitRoots = (asOf: string) => useQuery(unitRootsQueryOptions(asOf));
