import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const CheckInSessionFragment = graphql(`
  fragment CheckInSession_session on TrainingSession {
    id
    startsAt
    endsAt
    venue
    cancelled
    inProgress
    checkInOpen
    module {
      id
      title
    }
    cohort {
      id
      title
    }
    attendance {
      id
      status
      selfCheckedIn
      updatedAt
    }
  }
`);

/** Which session this is: module, cohort, time and place, and whether check-in is open. */
export function CheckInSession({ session: sessionRef }: { session: FragmentType<typeof CheckInSessionFragment> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const session = getFragmentData(CheckInSessionFragment, sessionRef);
  return (
    <div className="card check-in-session">
      <p className="eyebrow">{session.cohort.title}</p>
      <p className="check-in-module">{session.module.title}</p>
      <p>{t('learning.session.when', { start: format.dateTime(session.startsAt), end: format.time(session.endsAt) })}</p>
      {session.venue && <p className="meta">{session.venue}</p>}
      {session.cancelled ? (
        <p className="notice">{t('learning.session.cancelled')}</p>
      ) : !session.inProgress ? (
        <p className="notice">
          {new Date(session.startsAt).getTime() > Date.now() ? t('learning.checkIn.notStarted') : t('learning.checkIn.ended')}
        </p>
      ) : !session.checkInOpen ? (
        <p className="notice">{t('learning.checkIn.notOpen')}</p>
      ) : null}
    </div>
  );
}
