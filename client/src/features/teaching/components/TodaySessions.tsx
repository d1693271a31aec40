import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { sessionPhase, todaysSessions } from '../lib/cohorts';
import { SessionPhaseBadge } from './StatusBadges';

export const TodaySessionsFragment = graphql(`
  fragment TodaySessions_cohort on Cohort {
    id
    title
    viewerTeaches
    sessions {
      id
      startsAt
      endsAt
      venue
      cancelled
      checkInOpen
      module {
        id
        title
      }
    }
  }
`);

/** Sessions running now or later today across the cohorts shown, each linking to its attendance sheet. */
export function TodaySessions({
  cohorts: cohortRefs,
  now,
  headingLevel = 2,
}: {
  cohorts: readonly FragmentType<typeof TodaySessionsFragment>[];
  now: Date;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const cohorts = getFragmentData(TodaySessionsFragment, cohortRefs);
  const today = todaysSessions(cohorts, now);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const ItemHeading = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section aria-labelledby="today-sessions" className="today-sessions" data-testid="today-sessions">
      <Heading id="today-sessions">{t('teaching.today.title')}</Heading>
      {today.length === 0 ? (
        <p className="meta">{t('teaching.today.none')}</p>
      ) : (
        <ul className="card-grid">
          {today.map(({ cohort, session }) => {
            const phase = sessionPhase(session, now);
            return (
              <li key={session.id} className={`card today-session ${phase === 'inProgress' ? 'today-session-live' : ''}`}>
                <p className="status-line">
                  <SessionPhaseBadge phase={phase} />
                  <span className="nowrap">
                    {t('teaching.timeRange', { start: format.time(session.startsAt), end: format.time(session.endsAt) })}
                  </span>
                </p>
                <ItemHeading className="today-session-title">{session.module.title}</ItemHeading>
                <p className="meta">
                  {cohort.title}
                  {session.venue ? ` · ${session.venue}` : ''}
                </p>
                {cohort.viewerTeaches ? (
                  <Link className="button-primary" to={`/cohorts/${cohort.id}/sessions/${session.id}`}>
                    {t('teaching.today.openSheet')}
                  </Link>
                ) : null}
                {session.checkInOpen ? <p className="meta">{t('teaching.today.checkInOpen')}</p> : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
