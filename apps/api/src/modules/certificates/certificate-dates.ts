import { addDays } from '../../common/dates';

const daysInMonth = (year: number, monthIndex: number): number =>
  new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();

/**
 * The day `months` months after `iso` with the same day of the month. When that month is too
 * short (31/01 + 1 month, 29/02/2024 + 24 months), the anniversary is the 1st of the month
 * after: a validity of N months is never cut short.
 */
export function anniversary(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  if (d > daysInMonth(year, month)) {
    return new Date(Date.UTC(year, month + 1, 1)).toISOString().slice(0, 10);
  }
  return new Date(Date.UTC(year, month, d)).toISOString().slice(0, 10);
}

/**
 * The last day of validity of a certificate valid `months` months from `startsOn`: the day
 * before the anniversary. 15/03/2026 + 24 → 14/03/2028; 31/01/2026 + 1 → 28/02/2026.
 * No validity (null): never expires.
 */
export function lastValidDay(startsOn: string, months: number | null): string | null {
  if (months === null) return null;
  return addDays(anniversary(startsOn, months), -1);
}

/**
 * A renewal continues the old certificate: its validity starts the day after the old expiry.
 * Old expiry 14/03/2028 + 24 months → 14/03/2030.
 */
export function renewedLastValidDay(oldExpiresOn: string, months: number): string {
  return lastValidDay(addDays(oldExpiresOn, 1), months)!;
}

/**
 * Whether completing on `completedOn` renews a certificate expiring `expiresOn`: from the day
 * `windowMonths` months before the expiry through the expiry day itself. After the expiry the
 * old certificate has lapsed and a completion starts a new validity of its own.
 */
export function isInRenewalWindow(
  completedOn: string,
  expiresOn: string,
  windowMonths: number,
): boolean {
  const opens = anniversary(expiresOn, -windowMonths);
  return completedOn >= opens && completedOn <= expiresOn;
}
