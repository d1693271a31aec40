import { lazy, Suspense, type ReactNode } from 'react';
import { Route } from 'react-router';
import { Loading } from '../../app/components/Loading';

// Loaded on demand: the public verify page stays small for a phone that has just scanned a QR code.
const VerifyPage = lazy(() => import('./routes/VerifyPage'));

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

/**
 * The public verify page (the QR code's target), placed inside the shell but outside its sign-in
 * guard. The feature's signed-in screens sit with the screens they belong to: the coordinator's is
 * the cohort page's Certificates tab (teaching-routes.tsx), the trainee's is /learning/certificates
 * (learning-routes.tsx).
 */
export function certificatesRoutes(): ReactNode {
  // One line per route, as in app/routes.tsx, so the table of paths reads at a glance.
  // prettier-ignore
  return (
    <>
      <Route path="verify" element={<Lazy><VerifyPage /></Lazy>} />
      <Route path="verify/:code" element={<Lazy><VerifyPage /></Lazy>} />
    </>
  );
}
