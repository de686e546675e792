import type { BulkDownloadProgress, CreateBulkDownloadRequest } from '@loa/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, apiBlob } from '../../../lib/api-client';
import { saveBlob } from '../../../lib/download';

const POLL_MS = 2000;

/** POST /api/certificates/bulk-downloads — a background job that zips a subtree's certificates. */
export const useStartBulkDownload = () =>
  useMutation({
    mutationFn: (body: CreateBulkDownloadRequest) =>
      api<{ id: string }>('/certificates/bulk-downloads', { method: 'POST', body }),
  });

/** The job's progress, asked every 2 s until it is done or failed. */
export const useBulkDownloadJob = (id: string | null) =>
  useQuery({
    queryKey: ['certificates', 'bulk-downloads', id],
    queryFn: ({ signal }) =>
      api<BulkDownloadProgress>(`/certificates/bulk-downloads/${encodeURIComponent(id ?? '')}`, {
        signal,
      }),
    enabled: !!id,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      if (query.state.error) return false;
      return status === 'done' || status === 'failed' ? false : POLL_MS;
    },
    refetchOnWindowFocus: false,
  });

/** GET /api/certificates/bulk-downloads/{id}/file — the finished ZIP, saved as a file. */
export async function saveBulkDownload(id: string, unitCode: string): Promise<void> {
  const { blob, fileName } = await apiBlob(
    `/certificates/bulk-downloads/${encodeURIComponent(id)}/file`,
  );
  saveBlob(blob, fileName ?? `giay-chung-nhan-${unitCode}.zip`);
}
