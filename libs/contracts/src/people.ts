import type { UnitRef } from './units';

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
  total: number;
  items: RosterEntry[];
}

export interface PersonDetail extends PersonRef {
  gender: string | null;
  email: string | null;
  phone: string | null;
  assignments: AssignmentView[];
  account: { id: string; username: string; status: AccountStatus } | null;
}

export type AccountStatus = 'active' | 'disabled';
