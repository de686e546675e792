import type { UnitKind } from '@loa/contracts';
import type { ScaleName } from '../support/bench-types';

export type SchoolKind = Extract<
  UnitKind,
  'preschool' | 'primary' | 'lower_secondary' | 'upper_secondary' | 'multi_level'
>;

/** How big a scale is: which provinces and communes, how many schools, how many staff. */
export interface ScaleProfile {
  scale: ScaleName;
  /** Seed of every random stream of this scale. */
  seed: number;
  /** Province codes (2 digits) to include; null: every province of the CSV. */
  provinceCodes: readonly string[] | null;
  /** The first n communes of each included province (CSV order); null: all of them. */
  communesPerProvince: number | null;
  schoolsPerCommune: readonly [number, number];
  /** Multiplies the current staff of a school (SCHOOL_STAFF), so a scale can be leaner. */
  staffFactor: number;
}

export const SCALE_PROFILES: Record<ScaleName, ScaleProfile> = {
  smoke: {
    scale: 'smoke',
    seed: 20260701,
    provinceCodes: ['31', '01'],
    communesPerProvince: 6,
    schoolsPerCommune: [12, 20],
    staffFactor: 0.85,
  },
  city: {
    scale: 'city',
    seed: 20260702,
    provinceCodes: ['31'],
    communesPerProvince: null,
    schoolsPerCommune: [11, 17],
    staffFactor: 0.85,
  },
  nation: {
    scale: 'nation',
    seed: 20260703,
    provinceCodes: null,
    communesPerProvince: null,
    schoolsPerCommune: [12, 20],
    staffFactor: 1,
  },
};

/** How often each kind of school occurs among a commune's schools. */
export const SCHOOL_KIND_MIX: readonly (readonly [SchoolKind, number])[] = [
  ['preschool', 32],
  ['primary', 30],
  ['lower_secondary', 22],
  ['multi_level', 6],
  ['upper_secondary', 10],
];

/** Current staff of a school by kind, inclusive range, before the scale's staff factor. */
export const SCHOOL_STAFF: Record<SchoolKind, readonly [number, number]> = {
  preschool: [18, 32],
  primary: [22, 36],
  lower_secondary: [22, 38],
  multi_level: [22, 38],
  upper_secondary: [30, 50],
};
