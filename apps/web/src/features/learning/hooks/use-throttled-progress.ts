import { useCallback, useEffect, useRef } from 'react';

/**
 * Reports a position at most once per `intervalMs` (and the last one when the lesson closes),
 * so a slow connection is not flooded by scroll or timeupdate events. Positions only grow.
 */
export function useThrottledProgress(send: (position: number) => void, intervalMs = 15_000) {
  const sendRef = useRef(send);
  sendRef.current = send;
  const lastSent = useRef({ at: 0, position: 0 });
  const pending = useRef<number | null>(null);

  const flush = useCallback(() => {
    if (pending.current === null) return;
    const position = pending.current;
    pending.current = null;
    lastSent.current = { at: Date.now(), position };
    sendRef.current(position);
  }, []);

  const report = useCallback(
    (position: number) => {
      if (position <= lastSent.current.position) return;
      pending.current = Math.max(position, pending.current ?? 0);
      if (Date.now() - lastSent.current.at >= intervalMs) flush();
    },
    [flush, intervalMs],
  );

  useEffect(() => flush, [flush]);
  return report;
}
