import { useTranslation } from 'react-i18next';
import { signInSheetPath } from '../lib/urls';

/**
 * "Print sign-in sheet": the session's bilingual sign-in sheet as a PDF, in a new tab to print.
 * For the cohort's trainers and coordinators (the server checks). `session` names the session for
 * screen readers where several such links share a page (a row of the sessions list).
 */
export function SignInSheetLink({
  sessionId,
  session,
  className = 'button-secondary',
}: {
  sessionId: string;
  session?: string;
  className?: string;
}) {
  const { t } = useTranslation();
  return (
    <a href={signInSheetPath(sessionId)} className={className} target="_blank" rel="noopener">
      {t('certificates.signInSheet.link')}
      <span className="visually-hidden">
        {session ? ` ${session}` : ''} {t('certificates.signInSheet.newTab')}
      </span>
    </a>
  );
}
