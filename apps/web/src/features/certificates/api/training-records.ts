import type {
  MyCertificate,
  PendingTrainingRecord,
  TrainingRecordImportResult,
} from '@loa/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { uploadImport } from '../../../lib/upload';

export const pendingRecordsQueryOptions = () =>
  queryOptions({
    queryKey: ['certificates', 'pending'],
    queryFn: ({ signal }) => api<PendingTrainingRecord[]>('/training-records/pending', { signal }),
  });

/** GET /api/training-records/pending — external records waiting for the department. */
export const usePendingRecords = (enabled: boolean) =>
  useQuery({ ...pendingRecordsQueryOptions(), enabled });

function useInvalidateCertificates() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['certificates'] });
}

export function useApproveRecord() {
  const invalidate = useInvalidateCertificates();
  return useMutation({
    mutationFn: (id: string) =>
      api<Pick<MyCertificate, 'number' | 'status'>>(
        `/training-records/${encodeURIComponent(id)}/approve`,
        { method: 'POST' },
      ),
    onSuccess: invalidate,
  });
}

export function useRejectRecord() {
  const invalidate = useInvalidateCertificates();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api<void>(`/training-records/${encodeURIComponent(id)}/reject`, {
        method: 'POST',
        body: { reason },
      }),
    onSuccess: invalidate,
  });
}

export interface TrainingRecordsUpload {
  file: File;
  dryRun: boolean;
  onProgress?: (percent: number) => void;
}

/** POST /api/training-records/import?dryRun= (multipart `file`): check first, then write. */
export function useImportTrainingRecords() {
  const invalidate = useInvalidateCertificates();
  return useMutation({
    mutationFn: ({ file, dryRun, onProgress }: TrainingRecordsUpload) =>
      uploadImport('/training-records/import', file, {
        query: { dryRun },
        onProgress,
      }) as Promise<TrainingRecordImportResult>,
    onSuccess: (result) => {
      if (!result.dryRun) void invalidate();
    },
  });
}
