import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { languages } from '../../../app/i18n/languages';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { CohortStatus } from './CohortsTable';

export const CohortDetailsFragment = graphql(`
  fragment CohortDetails_cohort on Cohort {
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
    enrolmentClosesOn
    lastApplicationDay
    checkInGraceMinutes
    course {
      id
      slug
      title
    }
  }
`);

export function CohortDetails({ cohort: cohortRef }: { cohort: FragmentType<typeof CohortDetailsFragment> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const cohort = getFragmentData(CohortDetailsFragment, cohortRef);
  const language = languages.find((item) => item.code === cohort.language);
  return (
    <dl className="details" data-testid="cohort-details">
      <dt>{t('teaching.cohort.course')}</dt>
      <dd>
        <Link to={`/courses/${cohort.course.slug}`}>{cohort.course.title}</Link>
      </dd>
      <dt>{t('teaching.cohort.dates')}</dt>
      <dd>{t('teaching.dateRange', { start: format.date(cohort.startsOn), end: format.date(cohort.endsOn) })}</dd>
      <dt>{t('teaching.cohort.venue')}</dt>
      <dd>{cohort.venue ?? t('common.none')}</dd>
      <dt>{t('teaching.cohort.language')}</dt>
      <dd lang={language?.code}>{language?.name ?? cohort.language}</dd>
      <dt>{t('teaching.cohort.places')}</dt>
      <dd>{t('teaching.cohort.placesValue', { taken: cohort.seatsTaken, capacity: cohort.capacity })}</dd>
      <dt>{t('teaching.cohort.status')}</dt>
      <dd>
        <CohortStatus cohort={cohort} />
      </dd>
      <dt>{t('teaching.cohort.enrolmentWindow')}</dt>
      <dd>
        {cohort.enrolmentOpensOn
          ? t('teaching.dateRange', { start: format.date(cohort.enrolmentOpensOn), end: format.date(cohort.lastApplicationDay) })
          : t('teaching.cohort.untilDay', { day: format.date(cohort.lastApplicationDay) })}
      </dd>
      <dt>{t('teaching.cohort.checkInGraceMinutes')}</dt>
      <dd>{t('teaching.cohort.minutes', { count: cohort.checkInGraceMinutes })}</dd>
    </dl>
  );
}
