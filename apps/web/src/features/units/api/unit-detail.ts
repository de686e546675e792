import type { UnitDetail } from '@loa/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const fetchUnitDetail = (code: string, asOf: string, signal?: AbortSignal) =>
  api<UnitDetail>(`/units/${encodeURIComponent(code)}`, { query: { asOf }, signal });

export const unitDetailQueryOptions = (code: string, asOf: string) =>
  queryOptions({
    queryKey: ['units', 'detail', code, asOf],
    queryFn: ({ signal }) => fetchUnitDetail(code, asOf, signal),
  });

export const useUnitDetail = (code: string, asOf: string) =>
  useQuery(unitDetailQueryOptions(code, asOf));
