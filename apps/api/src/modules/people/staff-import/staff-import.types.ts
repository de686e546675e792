import type { Gender, StaffFileColumnKey } from '@loa/contracts';
import type { StaffRow } from './staff-row';

/** A valid row with its unit found and its start date settled (snapshot: asOf by default). */
export interface ResolvedRow extends StaffRow {
  unitId: string;
  start: string;
}

export interface PersonState {
  id: string | null;
  staffCode: string;
  fullName: string;
  dateOfBirth: string;
  gender: Gender | null;
  email: string | null;
  phone: string | null;
}

export interface AssignmentState {
  id: string;
  staffCode: string;
  fullName: string;
  unitId: string;
  unitCode: string;
  position: string | null;
  communicationOfficer: boolean;
  startDate: string;
  endDate: string | null;
}

export interface NewAssignment {
  staffCode: string;
  unitId: string;
  position: string | null;
  communicationOfficer: boolean;
  startDate: string;
  endDate: string | null;
}

export interface AssignmentChange {
  id: string;
  position: string | null;
  communicationOfficer: boolean;
  endDate: string | null;
}

/** A problem the plan found that only the database could reveal. */
export interface PlanProblem {
  row: number;
  column: StaffFileColumnKey;
  code: string;
  message: string;
}
