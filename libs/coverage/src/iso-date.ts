const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function utcMidnight(iso: string): number | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date.getTime() : null;
}

/** True for a real calendar date written `YYYY-MM-DD` (2026-02-31 is not one). */
export function isIsoDate(value: string): boolean {
  return utcMidnight(value) !== null;
}

/** Throws unless `value` is a real `YYYY-MM-DD` date. */
export function assertIsoDate(name: string, value: string): void {
  if (!isIsoDate(value)) throw new RangeError(`${name} must be a YYYY-MM-DD date, got "${value}"`);
}

/** Whole days from `from` to `to`: 1 from 31/12/2030 to 01/01/2031, negative if `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  assertIsoDate('from', from);
  assertIsoDate('to', to);
  return Math.round(((utcMidnight(to) as number) - (utcMidnight(from) as number)) / MS_PER_DAY);
}
