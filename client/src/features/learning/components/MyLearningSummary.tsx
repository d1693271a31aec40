import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { MyLearningQuery } from '../graphql/learning';
import { localDate, sortCurrentFirst } from '../lib/enrolments';
import { EnrolmentCard } from './EnrolmentCard';

/** The trainee's home page: current cohorts with the next session and a check-in button. */
export function MyLearningSummary() {
  const { t } = useTranslation();
  const [now] = useState(() => new Date());
  const { data, loading, error, refetch } = useQuery(MyLearningQuery, { fetchPolicy: 'cache-and-network' });

  let body;
  if (data) {
    const { current } = sortCurrentFirst(data.myEnrolments, localDate(now));
    body = (
      <>
        {current.length === 0 ? (
          <p>
            {t('learning.home.noCurrent')} <Link to="/catalogue">{t('learning.findCourse')}</Link>
          </p>
        ) : (
          <div className="enrolment-list">
            {current.map((enrolment) => (
              <EnrolmentCard key={enrolment.id} enrolment={enrolment} now={now} headingLevel={3} />
            ))}
          </div>
        )}
        {data.myEnrolments.length > current.length && (
          <p>
            <Link to="/learning">{t('learning.home.all', { count: data.myEnrolments.length })}</Link>
          </p>
        )}
      </>
    );
  } else if (loading) {
    body = <Loading />;
  } else if (error) {
    body = <ErrorMessage error={error} onRetry={() => void refetch()} />;
  }

  return (
    <section aria-labelledby="my-learning-summary" className="my-learning-summary">
      <h2 id="my-learning-summary">{t('learning.title')}</h2>
      {body}
    </section>
  );
}
