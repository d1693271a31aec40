import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { FormError } from '../../../app/components/FormError';
import { Loading } from '../../../app/components/Loading';
import { translateServerMessage } from '../../../app/errors/server-message';
import { toApiError } from '../../../app/errors/to-api-error';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { SignInMutation } from '../graphql/session';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { safeNextPath } from '../lib/next-path';
import { describeSignInError } from '../lib/sign-in-error';

export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.title'));
  const client = useApolloClient();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const { user, loading } = useCurrentUser();
  const [login, { loading: signingIn }] = useMutation(SignInMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errorText, setErrorText] = useState<string | null>(null);

  if (loading && !user) return <Loading />;
  if (user && !signingIn) return <Navigate to={next} replace />;

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setErrorText(null);
    if (!email.trim() || !password) {
      setErrorText(t('signIn.errors.missing'));
      return;
    }
    try {
      await login({ variables: { input: { email: email.trim(), password } } });
    } catch (error: unknown) {
      const text = describeSignInError(toApiError(error));
      if ('messages' in text) setErrorText(text.messages.map((message) => translateServerMessage(t, 'problems', message)).join(' '));
      else if (text.key === 'signIn.errors.locked') setErrorText(t(text.key, { count: text.minutes }));
      else setErrorText(t(text.key));
      return;
    }
    // A new user: drop everything cached for the previous one, then go where they were heading.
    await client.resetStore();
    await navigate(next, { replace: true });
  }

  return (
    <section className="page page-narrow">
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormError id="sign-in-error" message={errorText} />
        <div className="field">
          <label htmlFor="sign-in-email">{t('signIn.email')}</label>
          <input
            id="sign-in-email"
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">{t('signIn.password')}</label>
          <input
            id="sign-in-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        <div className="actions">
          <button type="submit" className="button-primary" disabled={signingIn}>
            {signingIn ? t('signIn.submitting') : t('signIn.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
