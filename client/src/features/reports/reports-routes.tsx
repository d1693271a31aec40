import { lazy, Suspense, type ReactNode } from 'react';
import { Route } from 'react-router';
import { Loading } from '../../app/components/Loading';
import type { Role } from '../../gql/graphql';
import { RequireRole } from '../auth/components/RequireRole';
import { staffRoles } from '../auth/hooks/useCurrentUser';

// Loaded on demand: the dashboard and its charting library (visx) stay out of everyone else's download.
const ReportsLayout = lazy(() => import('./routes/ReportsLayout'));
const IndicatorsTab = lazy(() => import('./routes/IndicatorsTab'));
const LearningTab = lazy(() => import('./routes/LearningTab'));
const ParticipationTab = lazy(() => import('./routes/ParticipationTab'));
const SmesTab = lazy(() => import('./routes/SmesTab'));
const IndicatorRecordsPage = lazy(() => import('./routes/IndicatorRecordsPage'));

/** Who reads the M&E dashboard: programme staff with exact figures, viewers (donors) with aggregates only. */
export const reportReaderRoles: readonly Role[] = ['ADMIN', 'COORDINATOR', 'VIEWER'];

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

/** The M&E dashboard (/reports) and, for staff, the records behind an indicator; inside the signed-in layout. */
export function reportsRoutes(): ReactNode {
  // One line per route, as in app/routes.tsx, so the table of paths reads at a glance.
  // prettier-ignore
  return (
    <Route path="reports" element={<RequireRole roles={reportReaderRoles} />}>
      <Route element={<Lazy><ReportsLayout /></Lazy>}>
        <Route index element={<IndicatorsTab />} />
        <Route path="learning" element={<LearningTab />} />
        <Route path="participation" element={<ParticipationTab />} />
        <Route path="smes" element={<SmesTab />} />
      </Route>
      <Route element={<RequireRole roles={staffRoles} />}>
        <Route path="indicators/:code" element={<Lazy><IndicatorRecordsPage /></Lazy>} />
      </Route>
    </Route>
  );
}
