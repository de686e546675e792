import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isIsoDate, todayInVietnam } from './dates';

/** The "as of" date everything is shown at, kept in the URL as ?asOf=YYYY-MM-DD. */
export function useAsOf(): [string, (next: string | null) => void, boolean] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('asOf');
  const explicit = isIsoDate(raw);
  const asOf = explicit ? raw : todayInVietnam();
  const setAsOf = useCallback(
    (next: string | null) => {
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          if (next && next !== todayInVietnam()) updated.set('asOf', next);
          else updated.delete('asOf');
          return updated;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return [asOf, setAsOf, explicit];
}

/** A path that keeps the chosen date: `/units/X` → `/units/X?asOf=…` when one is set. */
export function useAsOfLink(): (path: string) => string {
  const [params] = useSearchParams();
  const raw = params.get('asOf');
  return useCallback((path: string) => (isIsoDate(raw) ? `${path}?asOf=${raw}` : path), [raw]);
}
