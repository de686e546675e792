import { useMutation } from '@tanstack/react-query';
import { apiBlob } from '../../../lib/api-client';
import { saveBlob } from '../../../lib/download';

export interface RosterExportQuery {
  code: string;
  asOf: string;
  subtree: boolean;
}

/** Downloads the roster as XLSX with the Bearer token, then saves it. */
export async function exportRosterXlsx({ code, asOf, subtree }: RosterExportQuery): Promise<void> {
  const { blob, fileName } = await apiBlob(`/units/${encodeURIComponent(code)}/roster.xlsx`, {
    query: { asOf, subtree },
  });
  saveBlob(blob, fileName ?? `danh-sach-can-bo-${code}-${asOf}.xlsx`);
}

export const useRosterExport = () => useMutation({ mutationFn: exportRosterXlsx });
