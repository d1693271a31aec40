import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { useFormatters } from '../../../app/hooks/useFormatters';
import type { EnrolmentDecision } from '../../../gql/graphql';
import { ApplicationCard } from '../components/ApplicationCard';
import { EnrolPeoplePanel } from '../components/EnrolPeoplePanel';
import { CohortApplicationsQuery } from '../graphql/cohort';

const decisionStatus = { APPROVE: 'APPROVED', REJECT: 'REJECTED', WAITLIST: 'WAITLISTED' } as const;

/** The enrolment queue (pending, then waitlisted) and direct enrolment. Coordinators only. */
export default function CohortApplicationsTab() {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const format = useFormatters();
  const { cohortId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CohortApplicationsQuery, {
    variables: { id: cohortId },
    fetchPolicy: 'cache-and-network',
  });
  const [message, setMessage] = useState<string | null>(null);

  if (!data) {
    if (loading) return <Loading />;
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return null;
  }
  const cohort = data.cohort;
  if (!cohort) return null;
  const applications = cohort.applications.edges
    .map((edge) => edge.node)
    // A decision changes the status in the cache at once; the list itself reloads a moment later.
    .filter((enrolment) => enrolment.status === 'PENDING' || enrolment.status === 'WAITLISTED')
    // Waiting longest first; pending before waitlisted.
    .sort((a, b) => (a.status === b.status ? a.createdAt.localeCompare(b.createdAt) : a.status === 'PENDING' ? -1 : 1));
  const full = cohort.seatsTaken >= cohort.capacity;
  const onDecided = (name: string, decision: EnrolmentDecision) =>
    setMessage(t('teaching.applications.decided', { name, status: labels.enrolmentStatus(decisionStatus[decision]) }));

  return (
    <>
      <section aria-labelledby="applications-title">
        <h2 id="applications-title">{t('teaching.applications.title')}</h2>
        <p className={full ? 'notice' : 'meta'} data-testid="places">
          {t('teaching.cohort.placesValue', { taken: cohort.seatsTaken, capacity: cohort.capacity })}
          {' · '}
          {full ? t('teaching.applications.full') : t('teaching.applications.lastDay', { date: format.date(cohort.lastApplicationDay) })}
        </p>
        <div aria-live="polite">{message ? <p className="alert alert-success">{message}</p> : null}</div>
        {applications.length === 0 ? (
          <p>{t('teaching.applications.none')}</p>
        ) : (
          <ul className="application-list">
            {applications.map((enrolment) => (
              <ApplicationCard key={enrolment.id} cohortId={cohort.id} enrolment={enrolment} onDecided={onDecided} />
            ))}
          </ul>
        )}
      </section>
      {!cohort.cancelled && <EnrolPeoplePanel cohortId={cohort.id} placesLeft={cohort.capacity - cohort.seatsTaken} />}
    </>
  );
}
