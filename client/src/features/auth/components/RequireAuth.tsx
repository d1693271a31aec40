import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { signInPathFor } from '../lib/next-path';

/** Routes below need a signed-in user; anyone else goes to sign-in and comes back after. */
export function RequireAuth() {
  const { user, loading, error, refetch } = useCurrentUser();
  const location = useLocation();
  if (loading && !user) return <Loading />;
  if (error && !user) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!user) return <Navigate to={signInPathFor(location.pathname + location.search)} replace />;
  return <Outlet />;
}
