import type { RecordedTraining, RecordTrainingFields } from '@loa/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiBlob, apiUrl, baseHeaders, refreshSession } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { saveBlob } from '../../../lib/download';
import { i18n } from '../../../lib/i18n';
import { sessionStore } from '../../../lib/session-store';

export interface RecordTrainingInput {
  fields: RecordTrainingFields;
  evidence: File;
  onProgress?: (percent: number) => void;
}

/** One multipart POST with progress; the fields go before the file (the server reads them first). */
function send({ fields, evidence, onProgress }: RecordTrainingInput) {
  return new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl('/training-records'));
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(baseHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', i18n.t('errors.network')));
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) {
      if (value) form.append(name, value);
    }
    form.append('evidence', evidence, evidence.name);
    xhr.send(form);
  });
}

/** POST /api/training-records: one external training with its evidence file. */
export async function recordTraining(input: RecordTrainingInput): Promise<RecordedTraining> {
  let answer = await send(input);
  if (answer.status === 401) {
    if (await refreshSession()) answer = await send(input);
    else sessionStore.signOut();
  }
  if (answer.status < 200 || answer.status >= 300) {
    throw ApiError.fromBody(answer.status, answer.body, i18n.t('errors.generic'));
  }
  return answer.body as RecordedTraining;
}

export function useRecordTraining() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordTraining,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['certificates'] }),
  });
}

/** GET /api/training-records/:id/evidence with the token, saved as a file. */
export async function downloadEvidence(evidenceUrl: string): Promise<void> {
  const { blob, fileName } = await apiBlob(evidenceUrl.replace(/^\/api/, ''));
  saveBlob(blob, fileName ?? 'minh-chung');
}

export const useEvidenceDownload = () => useMutation({ mutationFn: downloadEvidence });
