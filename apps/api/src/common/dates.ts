export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const isoDateInVietnam = new Intl.DateTimeFormat('en-CA', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The last answer of todayInVietnam and the minute it holds for (days change on a minute). */
let lastToday = { minute: Number.NaN, date: '' };

/** Today's date in Hải Phòng as `YYYY-MM-DD`, whatever the server's clock zone. */
export function todayInVietnam(now: Date = new Date()): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastToday.minute) lastToday = { minute, date: isoDateInVietnam.format(now) };
  return lastToday.date;
}

/** True for a real calendar date written `YYYY-MM-DD` (31/02 is not one). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The ISO date `days` after (or before, if negative) `iso`. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The start of validity of what has "always" existed: the root unit, and units recorded without
 * a date under a parent that has always existed. Answers for any date then include them.
 */
export const SINCE_ALWAYS = '1900-01-01';
