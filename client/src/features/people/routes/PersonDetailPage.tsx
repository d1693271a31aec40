import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { NotFound } from '../../../app/components/NotFound';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { PersonDetails } from '../components/PersonDetails';
import { PersonDetailPageQuery } from '../graphql/people';

export default function PersonDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;
  const { data, loading, error, refetch } = useQuery(PersonDetailPageQuery, { variables: { id } });
  const person = data?.person;
  useDocumentTitle(person?.fullName ?? t('people.title'));

  if (!data) {
    if (loading) return <Loading />;
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return null;
  }
  if (!person) return <NotFound message={t('people.notFound')} />;

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/people">{t('people.back')}</Link>
      </p>
      <div className="page-heading">
        <h1>{person.fullName}</h1>
        <Link to={`/people/${person.id}/edit`} className="button-secondary">
          {t('common.edit')}
        </Link>
      </div>
      <div aria-live="polite">{saved ? <p className="alert alert-success">{t('common.saved')}</p> : null}</div>
      <PersonDetails person={person} />
    </section>
  );
}
