import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

export const DEFAULT_TARGET = 'CBTT';

/**
 * The target and unit of the dashboard, kept in the URL (?target=…&unit=…) beside ?asOf=, so a
 * view can be shared. No unit: the caller's top unit.
 */
export function useCoverageParams(): {
  target: string;
  unit: string | null;
  setTarget: (code: string) => void;
  setUnit: (code: string) => void;
} {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (key: string, value: string) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.set(key, value);
        return next;
      }),
    [setParams],
  );
  return {
    target: params.get('target') || DEFAULT_TARGET,
    unit: params.get('unit'),
    setTarget: useCallback((code: string) => update('target', code), [update]),
    setUnit: useCallback((code: string) => update('unit', code), [update]),
  };
}
