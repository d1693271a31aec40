import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { TeachingSummaryQuery } from '../graphql/cohorts';
import { CohortsTable } from './CohortsTable';
import { TodaySessions } from './TodaySessions';

/** Home page for trainers and coordinators: today's sessions and the cohorts not yet ended. */
export function TeachingSummary() {
  const { t } = useTranslation();
  const [now] = useState(() => new Date());
  const { data, loading, error, refetch } = useQuery(TeachingSummaryQuery, { fetchPolicy: 'cache-and-network' });

  let body;
  if (data) {
    body = (
      <>
        <TodaySessions cohorts={data.cohorts} now={now} headingLevel={3} />
        <h3>{t('teaching.home.current')}</h3>
        {data.cohorts.length === 0 ? (
          <p className="meta">{t('teaching.list.empty')}</p>
        ) : (
          <CohortsTable cohorts={data.cohorts} caption={t('teaching.home.current')} />
        )}
        <p>
          <Link to="/cohorts">{t('teaching.home.all')}</Link>
        </p>
      </>
    );
  } else if (loading) {
    body = <Loading />;
  } else if (error) {
    body = <ErrorMessage error={error} onRetry={() => void refetch()} />;
  }

  return (
    <section aria-labelledby="teaching-summary" className="teaching-summary">
      <h2 id="teaching-summary">{t('teaching.home.title')}</h2>
      {body}
    </section>
  );
}
