/** The kinds of unit in the organisation tree (contract.md, units import). */
export const UNIT_KINDS = [
  'department',
  'division',
  'direct_unit',
  'commune',
  'preschool',
  'primary',
  'lower_secondary',
  'upper_secondary',
  'multi_level',
  'continuing_education',
  'university',
  'vocational',
  'other',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const ROOT_UNIT_CODE = 'SGDDT';
