import { isIsoDate } from '../../common/dates';

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const pad = (value: string): string => value.padStart(2, '0');

/**
 * A date as written in a Vietnamese spreadsheet: dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy,
 * or ISO yyyy-mm-dd. Returns the ISO date, or null when it is not a real date (31/02/2026).
 */
export function parseFileDate(value: string | undefined | null): string | null {
  const text = (value ?? '').trim();
  const dayFirst = DAY_FIRST.exec(text);
  const iso = dayFirst ? null : ISO.exec(text);
  const candidate = dayFirst
    ? `${dayFirst[3]}-${pad(dayFirst[2])}-${pad(dayFirst[1])}`
    : iso
      ? `${iso[1]}-${pad(iso[2])}-${pad(iso[3])}`
      : null;
  return candidate && isIsoDate(candidate) ? candidate : null;
}

const YES = new Set(['có', 'co', 'x', 'yes', 'y', '1', 'true']);
const NO = new Set(['không', 'khong', 'no', 'n', '0', 'false', '']);

/** có/co/x/yes/y/1/true → true; không/khong/no/n/0/false/empty → false; anything else null. */
export function parseYesNo(value: string | undefined | null): boolean | null {
  const text = (value ?? '').normalize('NFC').trim().toLowerCase();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return null;
}
