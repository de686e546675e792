import type { UnitKind, UnitVersionView } from '@loa/contracts';
import type { Gender } from './vietnamese-names';

/** One version of a demo unit; a unit with a rename or a move has two. */
export interface DemoUnitVersion {
  code: string;
  name: string;
  kind: UnitKind;
  /** Every demo unit hangs somewhere under the root `SGDDT` (seeded by a migration). */
  parentCode: string;
  validFrom: string;
  /** Exclusive; null while current. */
  validTo: string | null;
  change: UnitVersionView['change'];
}

export interface DemoPerson {
  staffCode: string;
  fullName: string;
  dateOfBirth: string;
  gender: Gender;
  email: string;
}

export interface DemoAssignment {
  staffCode: string;
  unitCode: string;
  position: string;
  communicationOfficer: boolean;
  startDate: string;
  /** Inclusive; null while current. */
  endDate: string | null;
}

export interface DemoAccount {
  username: string;
  displayName: string;
  description: string;
  staffCode: string | null;
  grants: { role: 'department_admin' | 'unit_manager' | 'learner'; unitCode: string }[];
}

/** Everything the demo seed writes, generated in memory from a fixed seed. */
export interface DemoCity {
  /** Unit codes in insertion order (parents before children). */
  unitCodes: string[];
  versions: DemoUnitVersion[];
  people: DemoPerson[];
  assignments: DemoAssignment[];
  accounts: DemoAccount[];
}
