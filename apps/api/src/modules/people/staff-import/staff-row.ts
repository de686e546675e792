import type { Gender, StaffFileColumnKey } from '@loa/contracts';
import { parseGender } from '../gender';
import type { TableRow } from '../../imports/read-table';
import { parseFileDate, parseYesNo } from '../../imports/file-values';
import type { RowErrorCollector } from '../../imports/row-errors';
import { fromSafeText } from '../roster/spreadsheet-text';

/** One valid row of a staff file, values parsed. */
export interface StaffRow {
  row: number;
  staffCode: string;
  fullName: string;
  dateOfBirth: string;
  gender: Gender | null;
  email: string | null;
  phone: string | null;
  unitCode: string;
  position: string | null;
  communicationOfficer: boolean;
  /** null in snapshot mode when the file gives none (the import uses asOf). */
  startDate: string | null;
  endDate: string | null;
}

const MAX_LENGTH: Partial<Record<StaffFileColumnKey, number>> = {
  staff_code: 50,
  full_name: 200,
  gender: 16,
  email: 200,
  phone: 32,
  unit_code: 50,
  position: 200,
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type StaffFileHeaders = Record<StaffFileColumnKey, string>;

/**
 * Checks every cell of every row and returns the rows that are valid on their own; each problem
 * goes to `errors` with its row and the column as the file names it.
 */
export function parseStaffRows(
  rows: TableRow<StaffFileColumnKey>[],
  headers: StaffFileHeaders,
  errors: RowErrorCollector,
  startRequired: boolean,
): StaffRow[] {
  return rows.flatMap((row) => {
    const parsed = parseStaffRow(row, headers, errors, startRequired);
    return parsed ? [parsed] : [];
  });
}

function parseStaffRow(
  { row, values }: TableRow<StaffFileColumnKey>,
  headers: StaffFileHeaders,
  errors: RowErrorCollector,
  startRequired: boolean,
): StaffRow | null {
  const before = errors.count;
  const text = (key: StaffFileColumnKey, required = false): string | null => {
    const raw = values[key];
    const value = raw === undefined ? '' : fromSafeText(raw).replace(/\s+/g, ' ').trim();
    if (value === '') {
      if (required) errors.add(row, headers[key], 'required', 'không được để trống');
      return null;
    }
    const max = MAX_LENGTH[key];
    if (max && value.length > max) {
      errors.add(row, headers[key], 'too_long', `dài quá ${max} ký tự`);
    }
    return value;
  };
  const date = (key: StaffFileColumnKey, required = false): string | null => {
    const raw = text(key, required);
    if (raw === null) return null;
    const iso = parseFileDate(raw);
    if (!iso) {
      errors.add(
        row,
        headers[key],
        'invalid_date',
        `"${raw}" không phải là ngày có thật (dd/mm/yyyy)`,
      );
    }
    return iso;
  };

  const staffCode = text('staff_code', true);
  const fullName = text('full_name', true);
  const dateOfBirth = date('date_of_birth', true);
  const genderText = text('gender');
  const gender = genderText === null ? null : parseGender(genderText);
  if (genderText !== null && gender === null) {
    errors.add(
      row,
      headers.gender,
      'invalid_gender',
      `không hiểu "${genderText}" (dùng Nam, Nữ hoặc Khác)`,
    );
  }
  const email = text('email');
  if (email && !EMAIL.test(email)) {
    errors.add(row, headers.email, 'invalid_email', `"${email}" không phải là địa chỉ email`);
  }
  const phone = text('phone');
  const unitCode = text('unit_code', true);
  const position = text('position');
  const officerText = text('communication_officer');
  const communicationOfficer = parseYesNo(officerText);
  if (communicationOfficer === null) {
    errors.add(
      row,
      headers.communication_officer,
      'invalid_yes_no',
      `không hiểu "${officerText}" (dùng có/không, x/để trống, yes/no, 1/0)`,
    );
  }
  const startDate = date('start_date', startRequired);
  const endDate = date('end_date');
  if (startDate && endDate && endDate < startDate) {
    errors.add(row, headers.end_date, 'end_before_start', 'ngày kết thúc trước ngày bắt đầu');
  }
  if (errors.count > before) return null;
  return {
    row,
    staffCode: staffCode!,
    fullName: fullName!,
    dateOfBirth: dateOfBirth!,
    gender,
    email,
    phone,
    unitCode: unitCode!,
    position,
    communicationOfficer: communicationOfficer!,
    startDate,
    endDate,
  };
}
