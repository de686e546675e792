import { useCallback, useEffect, useRef } from 'react';

/** Calls `callback` once the calls stop for `delayMs`; `flush` runs a waiting call now. */
export function useDebouncedCallback<T>(callback: (value: T) => void, delayMs: number) {
  const callbackRef = useRef(callback);
  callbackRef.current = callback;
  const timer = useRef<number | null>(null);
  const waiting = useRef<{ value: T } | null>(null);

  const flush = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const next = waiting.current;
    waiting.current = null;
    if (next) callbackRef.current(next.value);
  }, []);

  const call = useCallback(
    (value: T) => {
      waiting.current = { value };
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, delayMs);
    },
    [delayMs, flush],
  );

  useEffect(() => flush, [flush]);
  return { call, flush };
}
