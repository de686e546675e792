import type { UnitKind } from '@loa/contracts';

/** How a kind of unit is staffed in the demo city. */
export interface StaffProfile {
  /** Current staff, inclusive range. */
  size: readonly [number, number];
  femaleShare: number;
  head: string;
  deputy: string;
  deputies: readonly [number, number];
  /** One each, when the unit is big enough. */
  support: readonly string[];
  /** Everyone else. */
  rank: string;
}

const SCHOOL = { head: 'Hiệu trưởng', deputy: 'Phó Hiệu trưởng', deputies: [1, 2] } as const;
const SCHOOL_SUPPORT = ['Kế toán', 'Nhân viên văn thư', 'Nhân viên thư viện', 'Nhân viên y tế'];

export const STAFF_PROFILES: Partial<Record<UnitKind, StaffProfile>> = {
  preschool: {
    ...SCHOOL,
    size: [8, 28],
    femaleShare: 0.96,
    support: ['Kế toán', 'Nhân viên văn thư', 'Nhân viên y tế', 'Nhân viên nấu ăn'],
    rank: 'Giáo viên',
  },
  primary: {
    ...SCHOOL,
    size: [14, 38],
    femaleShare: 0.82,
    support: SCHOOL_SUPPORT,
    rank: 'Giáo viên',
  },
  lower_secondary: {
    ...SCHOOL,
    size: [14, 40],
    femaleShare: 0.72,
    support: [...SCHOOL_SUPPORT, 'Nhân viên thiết bị'],
    rank: 'Giáo viên',
  },
  multi_level: {
    ...SCHOOL,
    size: [16, 40],
    femaleShare: 0.74,
    support: SCHOOL_SUPPORT,
    rank: 'Giáo viên',
  },
  upper_secondary: {
    ...SCHOOL,
    size: [28, 40],
    femaleShare: 0.62,
    support: [...SCHOOL_SUPPORT, 'Nhân viên thiết bị'],
    rank: 'Giáo viên',
  },
  continuing_education: {
    head: 'Giám đốc',
    deputy: 'Phó Giám đốc',
    deputies: [1, 2],
    size: [10, 25],
    femaleShare: 0.58,
    support: ['Kế toán', 'Nhân viên văn thư'],
    rank: 'Giáo viên',
  },
  university: {
    ...SCHOOL,
    deputies: [2, 3],
    size: [25, 40],
    femaleShare: 0.52,
    support: ['Chuyên viên Phòng Truyền thông', 'Kế toán', 'Nhân viên văn thư'],
    rank: 'Giảng viên',
  },
  vocational: {
    ...SCHOOL,
    size: [15, 35],
    femaleShare: 0.45,
    support: ['Kế toán', 'Nhân viên văn thư'],
    rank: 'Giáo viên',
  },
  commune: {
    head: 'Trưởng phòng Văn hóa - Xã hội',
    deputy: 'Phó Trưởng phòng Văn hóa - Xã hội',
    deputies: [0, 1],
    size: [3, 6],
    femaleShare: 0.6,
    support: [],
    rank: 'Chuyên viên',
  },
  division: {
    head: 'Trưởng phòng',
    deputy: 'Phó Trưởng phòng',
    deputies: [1, 2],
    size: [5, 12],
    femaleShare: 0.55,
    support: [],
    rank: 'Chuyên viên',
  },
};

/** Divisions whose heads have their own titles. */
export const DIVISION_PROFILE_OVERRIDES: Record<string, Partial<StaffProfile>> = {
  'SGDDT-VP': {
    head: 'Chánh Văn phòng',
    deputy: 'Phó Chánh Văn phòng',
    support: ['Kế toán', 'Nhân viên văn thư'],
  },
  'SGDDT-TTr': { head: 'Chánh Thanh tra', deputy: 'Phó Chánh Thanh tra', rank: 'Thanh tra viên' },
};

/** The positions of a unit of `size` staff: head, deputies, support staff, then the rank. */
export function positionsFor(profile: StaffProfile, size: number, deputies: number): string[] {
  const positions = [profile.head, ...Array<string>(deputies).fill(profile.deputy)];
  const room = Math.max(0, size - positions.length - 2);
  positions.push(...profile.support.slice(0, room));
  while (positions.length < size) positions.push(profile.rank);
  return positions.slice(0, size);
}
