import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { EnrolmentCard } from '../components/EnrolmentCard';
import { MyLearningQuery } from '../graphql/learning';
import { localDate, sortCurrentFirst } from '../lib/enrolments';

/** /learning: the trainee's cohorts, current ones first. */
export default function MyLearningPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('learning.title'));
  const [now] = useState(() => new Date());
  const { data, loading, error, refetch } = useQuery(MyLearningQuery, { fetchPolicy: 'cache-and-network' });

  if (!data) {
    if (loading) return <Loading />;
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return null;
  }
  const { current, past } = sortCurrentFirst(data.myEnrolments, localDate(now));

  return (
    <section className="page">
      <div className="page-heading">
        <h1>{t('learning.title')}</h1>
        <div className="actions page-heading-actions">
          <Link to="/learning/certificates" className="button-secondary">
            {t('certificates.mine.title')}
          </Link>
          <Link to="/learning/check-in" className="button-secondary">
            {t('learning.checkIn.withCode')}
          </Link>
        </div>
      </div>
      <p className="lead">{t('learning.intro')}</p>
      {data.myEnrolments.length === 0 ? (
        <p className="notice">
          {t('learning.empty')} <Link to="/catalogue">{t('learning.findCourse')}</Link>
        </p>
      ) : null}
      {current.length > 0 && (
        <section aria-labelledby="learning-current">
          <h2 id="learning-current">{t('learning.current')}</h2>
          <div className="enrolment-list">
            {current.map((enrolment) => (
              <EnrolmentCard key={enrolment.id} enrolment={enrolment} now={now} headingLevel={3} />
            ))}
          </div>
        </section>
      )}
      {past.length > 0 && (
        <section aria-labelledby="learning-past">
          <h2 id="learning-past">{t('learning.past')}</h2>
          <div className="enrolment-list">
            {past.map((enrolment) => (
              <EnrolmentCard key={enrolment.id} enrolment={enrolment} now={now} headingLevel={3} />
            ))}
          </div>
        </section>
      )}
    </section>
  );
}
