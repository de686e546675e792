import { STAFF_FILE_COLUMNS, type ErrorDetail, type StaffFileColumnKey } from '@loa/contracts';
import type { TFunction } from 'i18next';
import { csvBlob } from '../../../lib/download';
import type { ImportKind } from '../api/run-import';

/** The units file's Vietnamese headers (contract.md). */
export const UNIT_COLUMNS = [
  'Mã đơn vị',
  'Tên đơn vị',
  'Loại đơn vị',
  'Mã đơn vị cấp trên',
  'Hiệu lực từ',
];
/** The staff file's Vietnamese headers, in the order the roster export writes them. */
export const STAFF_COLUMNS: string[] = STAFF_FILE_COLUMNS.map((column) => column.vi);

const UNIT_EXAMPLE = ['TH-VIDU', 'Trường Tiểu học Ví Dụ', 'primary', 'SGDDT', '01/09/2026'];
const STAFF_EXAMPLE_BY_KEY: Record<StaffFileColumnKey, string> = {
  staff_code: 'CB-VIDU-01',
  full_name: 'Nguyễn Thị Ví Dụ',
  date_of_birth: '17/05/1990',
  gender: 'Nữ',
  email: 'vidu@example.edu.vn',
  phone: '0900000000',
  unit_code: 'TH-VIDU',
  unit_name: 'Trường Tiểu học Ví Dụ',
  position: 'Giáo viên',
  communication_officer: 'có',
  start_date: '01/09/2026',
  end_date: '',
};
const STAFF_EXAMPLE = STAFF_FILE_COLUMNS.map((column) => STAFF_EXAMPLE_BY_KEY[column.key]);

/** A CSV template (UTF-8 with BOM, Vietnamese headers, one example row to replace). */
export function templateBlob(kind: ImportKind): Blob {
  return kind === 'units'
    ? csvBlob([UNIT_COLUMNS, UNIT_EXAMPLE])
    : csvBlob([STAFF_COLUMNS, STAFF_EXAMPLE]);
}

export const templateFileName = (kind: ImportKind) =>
  kind === 'units' ? 'mau-danh-sach-don-vi.csv' : 'mau-danh-sach-can-bo.csv';

/** The errors of a rejected file as CSV, to fix the spreadsheet row by row. */
export function errorsBlob(details: ErrorDetail[], t: TFunction): Blob {
  return csvBlob([
    [t('errors.row'), t('errors.column'), t('errors.problem'), t('errors.code')],
    ...details.map((d) => [d.row ?? '', d.column ?? d.field ?? '', d.message, d.code]),
  ]);
}
