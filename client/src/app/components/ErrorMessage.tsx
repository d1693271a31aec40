import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeApiError, type ErrorText } from '../errors/api-error';
import { translateServerMessage } from '../errors/server-message';
import { toApiError } from '../errors/to-api-error';

/** An ErrorText in the current language; the server's messages are translated by their reason. */
export function errorTextIn(t: TFunction, text: ErrorText): string {
  return 'key' in text ? t(text.key) : text.messages.map((message) => translateServerMessage(t, 'problems', message)).join(' ');
}

/** A failed page load: says what went wrong in the user's language and offers a way on. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const apiError = toApiError(error);
  const text = describeApiError(apiError);
  const sessionEnded = apiError.kind === 'graphql' && apiError.code === 'UNAUTHENTICATED';
  return (
    <div className="alert alert-error" role="alert">
      <p>{errorTextIn(t, text)}</p>
      {sessionEnded && <Link to="/sign-in">{t('signIn.submit')}</Link>}
      {onRetry && !sessionEnded && (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}

/** Text of a failed mutation, for a form's error region. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => errorTextIn(t, describeApiError(toApiError(error)));
}
