import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { hasAnyRole, staffRoles, useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { RosterTable } from '../components/RosterTable';
import { CohortRosterQuery } from '../graphql/cohort';

export default function CohortRosterTab() {
  const { t } = useTranslation();
  const { cohortId = '' } = useParams();
  const { user } = useCurrentUser();
  const isStaff = hasAnyRole(user?.roles, staffRoles);
  const { data, loading, error, refetch } = useQuery(CohortRosterQuery, { variables: { id: cohortId }, fetchPolicy: 'cache-and-network' });

  if (!data) {
    if (loading) return <Loading />;
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return null;
  }
  const cohort = data.cohort;
  if (!cohort) return null;
  return (
    <section aria-labelledby="roster-title">
      <div className="section-heading">
        <h2 id="roster-title">{t('teaching.roster.title')}</h2>
        {isStaff && (
          <Link to={`/cohorts/${cohort.id}/applications`} className="button-secondary">
            {t('teaching.enrol.open')}
          </Link>
        )}
      </div>
      <p className="meta" role="status">
        {t('teaching.roster.count', { count: cohort.roster.totalCount, capacity: cohort.capacity })}
      </p>
      {cohort.roster.edges.length === 0 ? (
        <p>{t('teaching.roster.empty')}</p>
      ) : (
        <RosterTable enrolments={cohort.roster.edges.map((edge) => edge.node)} />
      )}
    </section>
  );
}
