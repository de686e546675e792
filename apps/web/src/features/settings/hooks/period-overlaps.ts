export interface PeriodDraft {
  startsOn: string | null;
  endsOn: string | null;
}

/**
 * The first problem with a list of periods (i18n key under settings.periods), or null.
 * Same rules as the server: each ends on or after it starts, none overlap.
 */
export function periodsProblem(periods: PeriodDraft[]): string | null {
  if (periods.some((p) => !p.startsOn || !p.endsOn)) return 'missingDates';
  const sorted = [...periods].sort((a, b) => (a.startsOn ?? '').localeCompare(b.startsOn ?? ''));
  for (const [i, period] of sorted.entries()) {
    if ((period.endsOn ?? '') < (period.startsOn ?? '')) return 'endBeforeStart';
    const previous = sorted[i - 1];
    if (previous && (period.startsOn ?? '') <= (previous.endsOn ?? '')) return 'overlap';
  }
  return null;
}
