import type { RosterPage } from '@loa/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface RosterQuery {
  asOf: string;
  subtree: boolean;
  q: string;
  communicationOfficer: boolean | null;
  page: number;
  pageSize: number;
}

export const fetchRoster = (code: string, query: RosterQuery, signal?: AbortSignal) =>
  api<RosterPage>(`/units/${encodeURIComponent(code)}/roster`, {
    query: {
      asOf: query.asOf,
      subtree: query.subtree,
      q: query.q,
      communicationOfficer: query.communicationOfficer ?? undefined,
      page: query.page,
      pageSize: query.pageSize,
    },
    signal,
  });

export const rosterQueryOptions = (code: string, query: RosterQuery) =>
  queryOptions({
    queryKey: ['roster', code, query],
    queryFn: ({ signal }) => fetchRoster(code, query, signal),
  });

/** One page of the roster; the previous page stays on screen while the next one loads. */
export const useRoster = (code: string, query: RosterQuery) =>
  useQuery({ ...rosterQueryOptions(code, query), placeholderData: keepPreviousData });
