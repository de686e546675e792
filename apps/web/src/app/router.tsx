import type { SessionUser } from '@loa/contracts';
import { lazy, ReactNode } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { canManageUnits, isAdmin } from '../lib/roles';
import { useCurrentUser } from '../lib/session-hooks';
import { ErrorBoundary } from './error-boundary';
import { AppLayout } from './layout/app-layout';
import { RequireSession } from './require-session';
import { HomePage } from './routes/home-page';
import { LoginPage } from './routes/login-page';
import { NotFoundPage } from './routes/not-found-page';

// Pages beyond the first screen load on demand: less to download on a slow connection.
const UnitsPage = lazy(() => import('./routes/units-page').then((m) => ({ default: m.UnitsPage })));
const UnitPage = lazy(() => import('./routes/unit-page').then((m) => ({ default: m.UnitPage })));
const PersonPage = lazy(() =>
  import('./routes/person-page').then((m) => ({ default: m.PersonPage })),
);
const ImportsPage = lazy(() =>
  import('./routes/imports-page').then((m) => ({ default: m.ImportsPage })),
);
const AccountsPage = lazy(() =>
  import('./routes/accounts-page').then((m) => ({ default: m.AccountsPage })),
);

/** A page only some roles may open; to anyone else it does not exist (404, like the API). */
function Allowed({
  when,
  children,
}: {
  when: (user: SessionUser | null) => boolean;
  children: ReactNode;
}) {
  const user = useCurrentUser();
  return when(user) ? <>{children}</> : <NotFoundPage />;
}

export const router = createBrowserRouter([
  {
    path: '/login',
    element: (
      <ErrorBoundary>
        <LoginPage />
      </ErrorBoundary>
    ),
  },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'units',
        element: (
          <Allowed when={canManageUnits}>
            <UnitsPage />
          </Allowed>
        ),
      },
      {
        path: 'units/:code',
        element: (
          <Allowed when={canManageUnits}>
            <UnitPage />
          </Allowed>
        ),
      },
      {
        path: 'people/:staffCode',
        element: (
          <Allowed when={canManageUnits}>
            <PersonPage />
          </Allowed>
        ),
      },
      {
        path: 'imports',
        element: (
          <Allowed when={canManageUnits}>
            <ImportsPage />
          </Allowed>
        ),
      },
      {
        path: 'accounts',
        element: (
          <Allowed when={isAdmin}>
            <AccountsPage />
          </Allowed>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
