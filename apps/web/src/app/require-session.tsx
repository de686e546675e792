import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSessionState } from '../lib/session-hooks';
import { FullPageSpinner } from './full-page-spinner';

/** Signed-in users only; others go to /login and come back afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { status, user } = useSessionState();
  const location = useLocation();
  if (status === 'restoring') return <FullPageSpinner />;
  if (status === 'signed-out' || !user || user.mustChangePassword) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?from=${encodeURIComponent(from)}`} replace />;
  }
  return <>{children}</>;
}
