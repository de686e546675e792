import type { SessionUser } from '@loa/contracts';
import { lazy, ReactNode } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { canAuthor, canManageUnits, canSeeCoverage, isAdmin } from '../lib/roles';
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

const MyLearningPage = lazy(() =>
  import('./routes/my-learning-page').then((m) => ({ default: m.MyLearningPage })),
);
const CoursePlayerPage = lazy(() =>
  import('./routes/course-player-page').then((m) => ({ default: m.CoursePlayerPage })),
);
const AuthoringPage = lazy(() =>
  import('./routes/authoring-page').then((m) => ({ default: m.AuthoringPage })),
);
const CourseEditorPage = lazy(() =>
  import('./routes/course-editor-page').then((m) => ({ default: m.CourseEditorPage })),
);
const TrainingProgressPage = lazy(() =>
  import('./routes/training-progress-page').then((m) => ({ default: m.TrainingProgressPage })),
);
const CertificatesPage = lazy(() =>
  import('./routes/certificates-page').then((m) => ({ default: m.CertificatesPage })),
);
const VerifyCertificatePage = lazy(() =>
  import('./routes/verify-certificate-page').then((m) => ({ default: m.VerifyCertificatePage })),
);
const CoveragePage = lazy(() =>
  import('./routes/coverage-page').then((m) => ({ default: m.CoveragePage })),
);
const ReportsPage = lazy(() =>
  import('./routes/reports-page').then((m) => ({ default: m.ReportsPage })),
);
const SettingsPage = lazy(() =>
  import('./routes/settings-page').then((m) => ({ default: m.SettingsPage })),
);
const ReportPage = lazy(() =>
  import('./routes/report-page').then((m) => ({ default: m.ReportPage })),
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
    // Public: anyone checks a certificate by number or QR code, without logging in.
    path: '/xac-minh/:number?',
    element: (
      <ErrorBoundary>
        <VerifyCertificatePage />
      </ErrorBoundary>
    ),
  },
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
      {
        path: 'settings',
        element: (
          <Allowed when={isAdmin}>
            <SettingsPage />
          </Allowed>
        ),
      },
      { path: 'learning', element: <MyLearningPage /> },
      { path: 'learning/:courseCode', element: <CoursePlayerPage /> },
      {
        path: 'authoring',
        element: (
          <Allowed when={canAuthor}>
            <AuthoringPage />
          </Allowed>
        ),
      },
      {
        path: 'authoring/:courseCode',
        element: (
          <Allowed when={canAuthor}>
            <CourseEditorPage />
          </Allowed>
        ),
      },
      {
        path: 'training',
        element: (
          <Allowed when={canManageUnits}>
            <TrainingProgressPage />
          </Allowed>
        ),
      },
      { path: 'certificates', element: <CertificatesPage /> },
      {
        path: 'coverage',
        element: (
          <Allowed when={canSeeCoverage}>
            <CoveragePage />
          </Allowed>
        ),
      },
      {
        path: 'reports',
        element: (
          <Allowed when={canManageUnits}>
            <ReportsPage />
          </Allowed>
        ),
      },
      {
        path: 'reports/:periodId/:unitCode',
        element: (
          <Allowed when={canManageUnits}>
            <ReportPage />
          </Allowed>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
