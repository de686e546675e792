import type { TargetView, UnitDetail, UnitNode } from '@loa/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** The targets the department measures (CBTT, NQ71 …). */
export const useTargets = () =>
  useQuery({
    queryKey: ['coverage', 'targets'],
    queryFn: ({ signal }) => api<TargetView[]>('/targets', { signal }),
    staleTime: 5 * 60_000,
  });

/** The caller's top units on the date: SGDDT for the department, the managed units otherwise. */
export const useScopeRoots = (asOf: string) =>
  useQuery({
    queryKey: ['coverage', 'roots', asOf],
    queryFn: ({ signal }) => api<UnitNode[]>('/units/roots', { query: { asOf }, signal }),
  });

/** The unit with the path above it, for the breadcrumb. */
export const useUnitPath = (code: string, asOf: string, enabled = true) =>
  useQuery({
    queryKey: ['coverage', 'unit', code, asOf],
    queryFn: ({ signal }) =>
      api<UnitDetail>(`/units/${encodeURIComponent(code)}`, { query: { asOf }, signal }),
    enabled,
  });
