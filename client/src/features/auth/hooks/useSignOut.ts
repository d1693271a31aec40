import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { SignOutMutation } from '../graphql/session';

/**
 * Signing out first hides the page (so its queries stop), then ends the session, then resets the
 * Apollo store so nothing of the previous user stays in memory.
 */
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useMutation(SignOutMutation);
  const [signingOut, setSigningOut] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function signOut(): Promise<void> {
    setError(null);
    setSigningOut(true);
    try {
      await logout();
      await client.resetStore();
      await navigate('/sign-in', { replace: true });
    } catch (caught: unknown) {
      setError(caught);
    } finally {
      setSigningOut(false);
    }
  }

  return { signOut, signingOut, error };
}
