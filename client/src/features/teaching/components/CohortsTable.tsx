import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const CohortsTableFragment = graphql(`
  fragment CohortsTable_cohort on Cohort {
    id
    title
    startsOn
    endsOn
    venue
    capacity
    seatsTaken
    cancelled
    enrolmentOpen
    course {
      id
      title
    }
    pendingApplications: enrolments(status: [PENDING], first: 1) {
      totalCount
    }
  }
`);

/** Cohorts with their dates, places and applications waiting; each row becomes a card on a phone. */
export function CohortsTable({
  cohorts: cohortRefs,
  caption,
}: {
  cohorts: readonly FragmentType<typeof CohortsTableFragment>[];
  caption: string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const cohorts = getFragmentData(CohortsTableFragment, cohortRefs);
  return (
    <div className="table-scroll stack-on-phone" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table" data-testid="cohorts-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('teaching.cohort.title')}</th>
            <th scope="col">{t('teaching.cohort.dates')}</th>
            <th scope="col">{t('teaching.cohort.venue')}</th>
            <th scope="col" className="numeric">
              {t('teaching.cohort.places')}
            </th>
            <th scope="col" className="numeric">
              {t('teaching.cohort.pending')}
            </th>
            <th scope="col">{t('teaching.cohort.status')}</th>
          </tr>
        </thead>
        <tbody>
          {cohorts.map((cohort) => (
            <tr key={cohort.id}>
              <th scope="row">
                <Link to={`/cohorts/${cohort.id}`}>{cohort.title}</Link>
                <span className="cell-sub">{cohort.course.title}</span>
              </th>
              <td data-label={t('teaching.cohort.dates')}>
                {t('teaching.dateRange', { start: format.date(cohort.startsOn), end: format.date(cohort.endsOn) })}
              </td>
              <td data-label={t('teaching.cohort.venue')}>{cohort.venue ?? ''}</td>
              <td data-label={t('teaching.cohort.places')} className="numeric">
                {t('teaching.cohort.placesShort', { taken: cohort.seatsTaken, capacity: cohort.capacity })}
              </td>
              <td data-label={t('teaching.cohort.pending')} className="numeric">
                {cohort.pendingApplications.totalCount > 0 ? (
                  <strong>{cohort.pendingApplications.totalCount}</strong>
                ) : (
                  cohort.pendingApplications.totalCount
                )}
              </td>
              <td data-label={t('teaching.cohort.status')}>
                <CohortStatus cohort={cohort} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CohortStatus({ cohort }: { cohort: { cancelled: boolean; enrolmentOpen: boolean; seatsTaken: number; capacity: number } }) {
  const { t } = useTranslation();
  if (cohort.cancelled) return <span className="badge badge-invalid">{t('teaching.cohort.cancelled')}</span>;
  if (cohort.enrolmentOpen) return <span className="badge badge-create">{t('teaching.cohort.enrolmentOpen')}</span>;
  if (cohort.seatsTaken >= cohort.capacity) return <span className="badge badge-warning">{t('teaching.cohort.full')}</span>;
  return <span className="badge badge-unchanged">{t('teaching.cohort.enrolmentClosed')}</span>;
}
