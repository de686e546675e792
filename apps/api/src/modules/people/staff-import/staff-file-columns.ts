import { STAFF_FILE_COLUMNS, StaffFileColumnKey, StaffImportMode } from '@loa/contracts';
import type { ColumnSpec } from '../../imports/read-table';

/**
 * The staff file's columns for readTable. `unit_name` (Tên đơn vị) is accepted and ignored so
 * a roster export re-imports as it is; `start_date` is required in rows mode only.
 */
export const staffFileColumns = (mode: StaffImportMode): ColumnSpec<StaffFileColumnKey>[] =>
  STAFF_FILE_COLUMNS.map((column) => ({
    key: column.key,
    aliases: [column.vi],
    required: column.required || (column.key === 'start_date' && mode === 'rows'),
  }));
