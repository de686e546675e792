import { useEffect, useState } from 'react';

/** Seconds left until `deadline` (an ISO timestamp), ticking once a second; null without one. */
export function useCountdown(deadline: string | null | undefined): number | null {
  const compute = () =>
    deadline ? Math.max(0, Math.floor((Date.parse(deadline) - Date.now()) / 1000)) : null;
  const [left, setLeft] = useState(compute);
  useEffect(() => {
    setLeft(compute());
    if (!deadline) return undefined;
    const timer = window.setInterval(() => setLeft(compute()), 1000);
    return () => window.clearInterval(timer);
  }, [deadline]);
  return left;
}

export const formatSeconds = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
