import type { UnitNode } from '@loa/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const fetchUnitChildren = (
  code: string,
  asOf: string,
  signal?: AbortSignal,
): Promise<UnitNode[]> =>
  api<UnitNode[]>(`/units/${encodeURIComponent(code)}/children`, { query: { asOf }, signal });

export const unitChildrenQueryOptions = (code: string, asOf: string) =>
  queryOptions({
    queryKey: ['units', 'children', code, asOf],
    queryFn: ({ signal }) => fetchUnitChildren(code, asOf, signal),
  });

export const useUnitChildren = (code: string, asOf: string, enabled = true) =>
  useQuery({ ...unitChildrenQueryOptions(code, asOf), enabled });
