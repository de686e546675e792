import type { UnitDetail } from '@loa/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** The reporting unit as of the cut-off, for its parent in the report's issuing-body header. */
export const fetchReportUnit = (code: string, asOf: string, signal?: AbortSignal) =>
  api<UnitDetail>(`/units/${encodeURIComponent(code)}`, { query: { asOf }, signal });

export const reportUnitQueryOptions = (code: string, asOf: string) =>
  queryOptions({
    queryKey: ['reports', 'unit', code, asOf],
    queryFn: ({ signal }) => fetchReportUnit(code, asOf, signal),
    staleTime: 5 * 60_000,
  });

export const useReportUnit = (code: string, asOf: string) =>
  useQuery(reportUnitQueryOptions(code, asOf));
