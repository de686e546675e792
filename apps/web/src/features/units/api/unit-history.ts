import type { UnitVersionView } from '@loa/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const fetchUnitHistory = (code: string, signal?: AbortSignal) =>
  api<UnitVersionView[]>(`/units/${encodeURIComponent(code)}/history`, { signal });

export const unitHistoryQueryOptions = (code: string) =>
  queryOptions({
    queryKey: ['units', 'history', code],
    queryFn: ({ signal }) => fetchUnitHistory(code, signal),
  });

export const useUnitHistory = (code: string, enabled = true) =>
  useQuery({ ...unitHistoryQueryOptions(code), enabled });
