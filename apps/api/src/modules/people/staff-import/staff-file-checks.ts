import type { StaffImportMode } from '@loa/contracts';
import type { RowErrorCollector } from '../../imports/row-errors';
import type { StaffFileHeaders, StaffRow } from './staff-row';

const sameName = (a: string, b: string): boolean =>
  a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');

/** How a row's assignment is identified within one file. */
export const fileAssignmentKey = (row: StaffRow, mode: StaffImportMode): string =>
  mode === 'rows'
    ? `${row.staffCode}\u0000${row.unitCode}\u0000${row.startDate}`
    : `${row.staffCode}\u0000${row.unitCode}`;

/**
 * Problems between rows of one file: one staff code with two different names or dates of birth,
 * and the same assignment listed twice (in snapshot mode: the same person at the same unit).
 */
export function checkFileConsistency(
  rows: StaffRow[],
  mode: StaffImportMode,
  headers: StaffFileHeaders,
  errors: RowErrorCollector,
): void {
  const firstPerson = new Map<string, StaffRow>();
  const firstAssignment = new Map<string, StaffRow>();
  for (const row of rows) {
    const person = firstPerson.get(row.staffCode);
    if (!person) {
      firstPerson.set(row.staffCode, row);
    } else {
      if (!sameName(person.fullName, row.fullName)) {
        errors.add(
          row.row,
          headers.full_name,
          'conflicting_person',
          `mã cán bộ ${row.staffCode} ở dòng ${person.row} có họ tên khác ("${person.fullName}")`,
        );
      }
      if (person.dateOfBirth !== row.dateOfBirth) {
        errors.add(
          row.row,
          headers.date_of_birth,
          'conflicting_person',
          `mã cán bộ ${row.staffCode} ở dòng ${person.row} có ngày sinh khác`,
        );
      }
    }
    const key = fileAssignmentKey(row, mode);
    const assignment = firstAssignment.get(key);
    if (assignment) {
      errors.add(
        row.row,
        headers.staff_code,
        'duplicate_assignment',
        `nhiệm vụ này đã có ở dòng ${assignment.row} (cùng cán bộ, đơn vị${mode === 'rows' ? ', ngày bắt đầu' : ''})`,
      );
    } else {
      firstAssignment.set(key, row);
    }
  }
}
