import type { AccountPage } from '@loa/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface AccountsQuery {
  q: string;
  page: number;
  pageSize: number;
}

export const fetchAccounts = (query: AccountsQuery, signal?: AbortSignal) =>
  api<AccountPage>('/accounts', { query: { ...query }, signal });

export const accountsQueryOptions = (query: AccountsQuery) =>
  queryOptions({
    queryKey: ['accounts', query],
    queryFn: ({ signal }) => fetchAccounts(query, signal),
  });

export const useAccounts = (query: AccountsQuery) =>
  useQuery({ ...accountsQueryOptions(query), placeholderData: keepPreviousData });
