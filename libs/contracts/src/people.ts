/** Stored and sent as these codes; files and screens show Nam / Nữ / Khác. */
export const GENDERS = ['male', 'female', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

import type { ImportResult, UnitRef } from './units';

export interface PersonRef {
  staffCode: string;
  fullName: string;
  dateOfBirth: string;
}

export interface AssignmentView {
  id: string;
  unit: UnitRef;
  position: string | null;
  communicationOfficer: boolean;
  startDate: string;
  endDate: string | null;
}

export interface RosterEntry {
  person: PersonRef;
  assignment: AssignmentView;
}

export interface RosterPage {
  asOf: string;
  /** Roster entries (assignments) matching the filters; pages count these. */
  total: number;
  /** Distinct persons among those entries: a person with two assignments counts once. */
  personCount: number;
  items: RosterEntry[];
}

export interface PersonDetail extends PersonRef {
  gender: Gender | null;
  email: string | null;
  phone: string | null;
  assignments: AssignmentView[];
  account: { id: string; username: string; status: AccountStatus } | null;
}

export type AccountStatus = 'active' | 'disabled';

export interface NewAssignmentRequest {
  unitCode: string;
  position?: string;
  communicationOfficer: boolean;
  startDate: string;
  endDate?: string;
}

export interface CreatePersonRequest {
  staffCode: string;
  fullName: string;
  dateOfBirth: string;
  gender?: Gender;
  email?: string;
  phone?: string;
  assignment: NewAssignmentRequest;
}

export interface UpdatePersonRequest {
  fullName?: string;
  dateOfBirth?: string;
  gender?: Gender | null;
  email?: string | null;
  phone?: string | null;
}

export interface UpdateAssignmentRequest {
  /** null reopens the assignment. */
  endDate?: string | null;
  position?: string | null;
  communicationOfficer?: boolean;
}

export type StaffImportMode = 'rows' | 'snapshot';

/** The staff file's columns, in the order the roster export writes them. */
export const STAFF_FILE_COLUMNS = [
  { key: 'staff_code', vi: 'Mã cán bộ', required: true },
  { key: 'full_name', vi: 'Họ và tên', required: true },
  { key: 'date_of_birth', vi: 'Ngày sinh', required: true },
  { key: 'gender', vi: 'Giới tính', required: false },
  { key: 'email', vi: 'Email', required: false },
  { key: 'phone', vi: 'Số điện thoại', required: false },
  { key: 'unit_code', vi: 'Mã đơn vị', required: true },
  { key: 'unit_name', vi: 'Tên đơn vị', required: false },
  { key: 'position', vi: 'Chức vụ', required: false },
  { key: 'communication_officer', vi: 'Cán bộ truyền thông', required: false },
  { key: 'start_date', vi: 'Ngày bắt đầu', required: false },
  { key: 'end_date', vi: 'Ngày kết thúc', required: false },
] as const;

export type StaffFileColumnKey = (typeof STAFF_FILE_COLUMNS)[number]['key'];

/** The answer of POST /api/staff/import: counts are of assignments; `people` counts persons. */
export interface StaffImportResult extends ImportResult {
  people: { created: number; updated: number; unchanged: number };
  /** True when the preview lists only the first entries (changes first). */
  previewTruncated: boolean;
}
