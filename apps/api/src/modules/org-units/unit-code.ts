/** A unit code: letters, digits and . _ -, starting with a letter or digit, at most 50. */
export const UNIT_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;

export const isUnitCode = (value: string): boolean => UNIT_CODE_PATTERN.test(value);

/** dd/mm/yyyy, the way dates are written in messages for people. */
export const displayDate = (iso: string): string => iso.split('-').reverse().join('/');
