import { lazy, Suspense, type ReactNode } from 'react';
import { Route } from 'react-router';
import { Loading } from '../../app/components/Loading';
import { RequireRole } from '../auth/components/RequireRole';

// Loaded on demand, like the staff screens: the first page a trainee opens stays small.
const MyLearningPage = lazy(() => import('./routes/MyLearningPage'));
const EnrolmentPage = lazy(() => import('./routes/EnrolmentPage'));
const TestPage = lazy(() => import('./routes/TestPage'));
const CheckInPage = lazy(() => import('./routes/CheckInPage'));
const ActionPlanPage = lazy(() => import('./routes/ActionPlanPage'));
const ApplyPage = lazy(() => import('./routes/ApplyPage'));
// The trainee's certificates belong to the certificates feature (its own chunk, with its styles).
const MyCertificatesPage = lazy(() => import('../certificates/routes/MyCertificatesPage'));

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

/** Trainee routes (my learning, tests, action plans, applying, certificates), placed inside the signed-in layout. */
export function learningRoutes(): ReactNode {
  // One line per route, as in app/routes.tsx, so the table of paths reads at a glance.
  // prettier-ignore
  return (
    <Route path="learning" element={<RequireRole roles={['TRAINEE']} />}>
      <Route index element={<Lazy><MyLearningPage /></Lazy>} />
      <Route path="check-in" element={<Lazy><CheckInPage /></Lazy>} />
      <Route path="check-in/:sessionId" element={<Lazy><CheckInPage /></Lazy>} />
      <Route path="apply/:cohortId" element={<Lazy><ApplyPage /></Lazy>} />
      <Route path="certificates" element={<Lazy><MyCertificatesPage /></Lazy>} />
      <Route path=":enrolmentId" element={<Lazy><EnrolmentPage /></Lazy>} />
      <Route path=":enrolmentId/tests/:assessmentId" element={<Lazy><TestPage /></Lazy>} />
      <Route path=":enrolmentId/action-plan" element={<Lazy><ActionPlanPage /></Lazy>} />
      <Route path=":enrolmentId/action-plan/:planId" element={<Lazy><ActionPlanPage /></Lazy>} />
    </Route>
  );
}
