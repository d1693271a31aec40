import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { languages } from '../../../app/i18n/languages';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { localDate } from '../lib/enrolments';
import { EnrolmentStatusBadge } from './EnrolmentStatusBadge';

export const CourseCohortsFragment = graphql(`
  fragment CourseCohorts_cohort on Cohort {
    id
    title
    startsOn
    endsOn
    venue
    language
    capacity
    seatsTaken
    cancelled
    enrolmentOpen
    enrolmentOpensOn
    lastApplicationDay
    viewerTeaches
    enrolments(first: 1) {
      edges {
        node {
          id
          status
        }
      }
    }
  }
`);

/** The course page's cohorts that have not ended: when, where, places left, and Apply for trainees. */
export function CourseCohorts({ cohorts: cohortRefs }: { cohorts: readonly FragmentType<typeof CourseCohortsFragment>[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { user } = useCurrentUser();
  const [today] = useState(() => localDate(new Date()));
  const isTrainee = user?.roles.includes('TRAINEE') ?? false;
  const cohorts = getFragmentData(CourseCohortsFragment, cohortRefs)
    .filter((cohort) => cohort.endsOn >= today)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  return (
    <section aria-labelledby="course-cohorts" className="course-cohorts">
      <h2 id="course-cohorts">{t('learning.cohorts.title')}</h2>
      {cohorts.length === 0 ? (
        <p>{t('learning.cohorts.none')}</p>
      ) : (
        <ul className="card-grid cohort-list">
          {cohorts.map((cohort) => {
            // Those who teach or run a cohort see all its enrolments; anyone else sees only their own.
            const mine = isTrainee && !cohort.viewerTeaches ? cohort.enrolments.edges[0]?.node : undefined;
            const applied = mine && mine.status !== 'WITHDRAWN' ? mine : undefined;
            const language = languages.find((candidate) => candidate.code === cohort.language);
            const placesLeft = Math.max(0, cohort.capacity - cohort.seatsTaken);
            const opensLater = !cohort.enrolmentOpen && cohort.enrolmentOpensOn != null && cohort.enrolmentOpensOn > today;
            return (
              <li key={cohort.id} className="card cohort-card" data-testid="cohort-card">
                <h3>{cohort.title}</h3>
                <p>{t('learning.dates', { start: format.date(cohort.startsOn), end: format.date(cohort.endsOn) })}</p>
                <p className="meta">
                  {cohort.venue ? (
                    <>
                      {cohort.venue}
                      <span aria-hidden="true"> · </span>
                    </>
                  ) : null}
                  <span lang={language?.code}>{language?.name ?? cohort.language}</span>
                </p>
                {cohort.cancelled ? (
                  <p className="notice">{t('learning.cohorts.cancelled')}</p>
                ) : (
                  <p className="meta">
                    {t('learning.cohorts.placesLeft', { count: placesLeft, capacity: cohort.capacity })}
                    <span aria-hidden="true"> · </span>
                    {cohort.enrolmentOpen || opensLater
                      ? t('learning.cohorts.applyBy', { date: format.date(cohort.lastApplicationDay) })
                      : t('learning.cohorts.closed')}
                  </p>
                )}
                {applied ? (
                  <p>
                    {t('learning.cohorts.yourApplication')} <EnrolmentStatusBadge status={applied.status} />{' '}
                    <Link to={`/learning/${applied.id}`}>{t('learning.apply.seeApplication')}</Link>
                  </p>
                ) : isTrainee && cohort.enrolmentOpen ? (
                  <p>
                    <Link
                      to={`/learning/apply/${cohort.id}`}
                      className="button-primary"
                      aria-label={t('learning.cohorts.applyTo', { cohort: cohort.title })}
                    >
                      {t('learning.cohorts.apply')}
                    </Link>
                  </p>
                ) : opensLater ? (
                  <p className="meta">{t('learning.cohorts.opensOn', { date: format.date(cohort.enrolmentOpensOn ?? '') })}</p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
