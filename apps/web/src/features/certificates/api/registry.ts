import type { RegistryPage } from '@loa/contracts';
import { keepPreviousData, queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { api, apiBlob } from '../../../lib/api-client';
import { saveBlob } from '../../../lib/download';

export interface RegistryFilters {
  unit: string | null;
  from: string | null;
  to: string | null;
  programme: string | null;
}

export interface RegistryQuery extends RegistryFilters {
  page: number;
  pageSize: number;
}

const filterParams = (filters: RegistryFilters) => ({
  unit: filters.unit,
  from: filters.from,
  to: filters.to,
  programme: filters.programme,
});

export const registryQueryOptions = (query: RegistryQuery) =>
  queryOptions({
    queryKey: ['certificates', 'registry', query],
    queryFn: ({ signal }) =>
      api<RegistryPage>('/certificates', {
        query: { ...filterParams(query), page: query.page, pageSize: query.pageSize },
        signal,
      }),
  });

/** GET /api/certificates — one page of the registry; the previous page stays while the next loads. */
export const useRegistry = (query: RegistryQuery) =>
  useQuery({ ...registryQueryOptions(query), placeholderData: keepPreviousData });

/** GET /api/certificates.xlsx with the same filters, saved as a file. */
export async function exportRegistryXlsx(filters: RegistryFilters): Promise<void> {
  const { blob, fileName } = await apiBlob('/certificates.xlsx', { query: filterParams(filters) });
  saveBlob(blob, fileName ?? `so-cap-giay-chung-nhan-${filters.unit ?? 'SGDDT'}.xlsx`);
}

export const useRegistryExport = () => useMutation({ mutationFn: exportRegistryXlsx });
