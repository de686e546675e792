/** At most this many points in one trend (ten years of months). */
export const MAX_TREND_POINTS = 121;

/** The last day of the month of an ISO date. */
export function monthEnd(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

function nextMonthEnd(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m + 1, 0)).toISOString().slice(0, 10);
}

/**
 * The dates of a monthly trend: the last day of every month from `from` up to `to`, and `to`
 * itself as the final point (once, if it is a month's last day). `from` must not be after `to`.
 */
export function trendDates(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let day = monthEnd(from); day < to; day = nextMonthEnd(day)) dates.push(day);
  dates.push(to);
  return dates;
}
