import type { ImportResult, StaffImportMode } from '@loa/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uploadImport } from '../../../lib/upload';

export type ImportKind = 'units' | 'staff';

export interface ImportSettings {
  kind: ImportKind;
  mode: StaffImportMode;
  /** Snapshot mode: the unit whose whole roster (with the units below it) the file is. */
  unitCode: string | null;
  asOf: string;
}

export interface ImportRequest {
  settings: ImportSettings;
  file: File;
  dryRun: boolean;
  onProgress?: (percent: number) => void;
}

/** POST /api/units/import or /api/staff/import, multipart field `file`, with upload progress. */
export function runImport({
  settings,
  file,
  dryRun,
  onProgress,
}: ImportRequest): Promise<ImportResult> {
  if (settings.kind === 'units') {
    return uploadImport('/units/import', file, { query: { dryRun }, onProgress });
  }
  const snapshot = settings.mode === 'snapshot';
  return uploadImport('/staff/import', file, {
    query: {
      mode: settings.mode,
      unit: snapshot ? settings.unitCode : undefined,
      asOf: snapshot ? settings.asOf : undefined,
      dryRun,
    },
    onProgress,
  });
}

/** After a real (not dry-run) import every cached unit, roster and person may be stale. */
export function useRunImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runImport,
    onSuccess: (result) => {
      if (!result.dryRun) {
        void queryClient.invalidateQueries({ queryKey: ['units'] });
        void queryClient.invalidateQueries({ queryKey: ['roster'] });
        void queryClient.invalidateQueries({ queryKey: ['people'] });
      }
    },
  });
}
