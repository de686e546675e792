import { useMutation } from '@tanstack/react-query';
import { apiBlob } from '../../../lib/api-client';
import { saveBlob } from '../../../lib/download';
import type { CoverageSubject } from './coverage-queries';

async function download(path: string, query: Record<string, string | boolean>, fallback: string) {
  const { blob, fileName } = await apiBlob(path, { query });
  saveBlob(blob, fileName ?? fallback);
}

/** The current view (the unit and its children) as XLSX. */
export const useCurrentViewDownload = () =>
  useMutation({
    mutationFn: (subject: CoverageSubject) =>
      download('/coverage.xlsx', { ...subject }, `ty-le-bao-phu-${subject.unit}.xlsx`),
  });

/** The people still to train, with their courses and last certificate, as XLSX. */
export const useUntrainedDownload = () =>
  useMutation({
    mutationFn: (subject: CoverageSubject) =>
      download(
        '/coverage/people.xlsx',
        { ...subject, trained: false },
        `chua-boi-duong-${subject.unit}.xlsx`,
      ),
  });
