import { lazy, Suspense, type ReactNode } from 'react';
import { Route } from 'react-router';
import { Loading } from '../../app/components/Loading';
import { RequireRole } from '../auth/components/RequireRole';
import { staffRoles, teachingRoles } from '../auth/hooks/useCurrentUser';

// Loaded on demand: trainees record support from their action plan and never download these screens.
const SmesListPage = lazy(() => import('./routes/SmesListPage'));
const SmeDetailPage = lazy(() => import('./routes/SmeDetailPage'));
const DuplicatesPage = lazy(() => import('./routes/DuplicatesPage'));

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

/**
 * The SME ledger for coordinators and trainers (a trainer sees the SMEs of their cohorts' leaders),
 * inside the signed-in layout. Leaders record support on their action plan's progress reports.
 */
export function smesRoutes(): ReactNode {
  // One line per route, as in app/routes.tsx, so the table of paths reads at a glance.
  // prettier-ignore
  return (
    <Route path="smes" element={<RequireRole roles={teachingRoles} />}>
      <Route index element={<Lazy><SmesListPage /></Lazy>} />
      <Route element={<RequireRole roles={staffRoles} />}>
        <Route path="duplicates" element={<Lazy><DuplicatesPage /></Lazy>} />
      </Route>
      <Route path=":smeId" element={<Lazy><SmeDetailPage /></Lazy>} />
    </Route>
  );
}
