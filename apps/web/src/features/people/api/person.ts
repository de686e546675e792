import type { PersonDetail } from '@loa/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const fetchPerson = (staffCode: string, signal?: AbortSignal) =>
  api<PersonDetail>(`/people/${encodeURIComponent(staffCode)}`, { signal });

export const personQueryOptions = (staffCode: string) =>
  queryOptions({
    queryKey: ['people', staffCode],
    queryFn: ({ signal }) => fetchPerson(staffCode, signal),
  });

export const usePerson = (staffCode: string) => useQuery(personQueryOptions(staffCode));
