import { lazy, Suspense, type ReactNode } from 'react';
import { Route } from 'react-router';
import { Loading } from '../../app/components/Loading';
import { RequireRole } from '../auth/components/RequireRole';
import { staffRoles, teachingRoles } from '../auth/hooks/useCurrentUser';

// Loaded on demand: trainees never download the trainer and coordinator screens.
const CohortsListPage = lazy(() => import('./routes/CohortsListPage'));
const NewCohortPage = lazy(() => import('./routes/NewCohortPage'));
const CohortLayout = lazy(() => import('./routes/CohortLayout'));
const CohortOverviewTab = lazy(() => import('./routes/CohortOverviewTab'));
const CohortSessionsTab = lazy(() => import('./routes/CohortSessionsTab'));
const CohortRosterTab = lazy(() => import('./routes/CohortRosterTab'));
const CohortApplicationsTab = lazy(() => import('./routes/CohortApplicationsTab'));
const GradebookTab = lazy(() => import('./routes/GradebookTab'));
const ActionPlansTab = lazy(() => import('./routes/ActionPlansTab'));
const CohortHistoryTab = lazy(() => import('./routes/CohortHistoryTab'));
const AttendancePage = lazy(() => import('./routes/AttendancePage'));
// The Certificates tab belongs to the certificates feature (its own chunk, with its styles).
const CohortCertificatesTab = lazy(() => import('../certificates/routes/CohortCertificatesPage'));

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

/** Trainer and coordinator routes (cohorts, sessions, attendance, gradebook, reviews, certificates), inside the signed-in layout. */
export function teachingRoutes(): ReactNode {
  // One line per route, as in app/routes.tsx, so the table of paths reads at a glance.
  // prettier-ignore
  return (
    <Route path="cohorts" element={<RequireRole roles={teachingRoles} />}>
      <Route index element={<Lazy><CohortsListPage /></Lazy>} />
      <Route element={<RequireRole roles={staffRoles} />}>
        <Route path="new" element={<Lazy><NewCohortPage /></Lazy>} />
      </Route>
      <Route path=":cohortId/sessions/:sessionId" element={<Lazy><AttendancePage /></Lazy>} />
      <Route path=":cohortId" element={<Lazy><CohortLayout /></Lazy>}>
        <Route index element={<CohortOverviewTab />} />
        <Route path="sessions" element={<CohortSessionsTab />} />
        <Route path="people" element={<CohortRosterTab />} />
        <Route path="gradebook" element={<GradebookTab />} />
        <Route path="action-plans" element={<ActionPlansTab />} />
        <Route path="history" element={<CohortHistoryTab />} />
        <Route element={<RequireRole roles={staffRoles} />}>
          <Route path="applications" element={<CohortApplicationsTab />} />
          <Route path="certificates" element={<CohortCertificatesTab />} />
        </Route>
      </Route>
    </Route>
  );
}
