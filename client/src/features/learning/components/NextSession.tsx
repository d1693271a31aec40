import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/hooks/useFormatters';

export interface NextSessionFacts {
  startsAt: string;
  endsAt: string;
  venue?: string | null;
  inProgress: boolean;
  module: { title: string };
}

/** When and where the next (or current) session is, and which module it teaches. */
export function NextSession({ session }: { session: NextSessionFacts }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <div className="next-session">
      <p className="next-session-label">{session.inProgress ? t('learning.session.now') : t('learning.session.next')}</p>
      <p className="next-session-when">
        {t('learning.session.when', { start: format.dateTime(session.startsAt), end: format.time(session.endsAt) })}
      </p>
      <p className="meta">
        {session.module.title}
        {session.venue ? (
          <>
            <span aria-hidden="true"> · </span>
            {session.venue}
          </>
        ) : null}
      </p>
    </div>
  );
}
