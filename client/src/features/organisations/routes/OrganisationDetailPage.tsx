import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { NotFound } from '../../../app/components/NotFound';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { PeopleTable } from '../../people/components/PeopleTable';
import { peopleParams } from '../../people/lib/people-filter';
import { OrganisationDetails } from '../components/OrganisationDetails';
import { OrganisationDetailPageQuery } from '../graphql/organisations';

const PEOPLE_SHOWN = 100;

export default function OrganisationDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;
  const { data, loading, error, refetch } = useQuery(OrganisationDetailPageQuery, {
    variables: { id, peopleFirst: PEOPLE_SHOWN },
  });
  const organisation = data?.organisation;
  useDocumentTitle(organisation?.name ?? t('organisations.title'));

  if (!data) {
    if (loading) return <Loading />;
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return null;
  }
  if (!organisation) return <NotFound message={t('organisations.notFound')} />;

  const people = data.people;
  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/organisations">{t('organisations.back')}</Link>
      </p>
      <div className="page-heading">
        <h1>{organisation.name}</h1>
        <Link to={`/organisations/${organisation.id}/edit`} className="button-secondary">
          {t('common.edit')}
        </Link>
      </div>
      <div aria-live="polite">{saved ? <p className="alert alert-success">{t('common.saved')}</p> : null}</div>
      <OrganisationDetails organisation={organisation} />
      <section aria-labelledby="organisation-people">
        <h2 id="organisation-people">{t('organisations.people')}</h2>
        {people.edges.length === 0 ? (
          <p>{t('organisations.noPeople')}</p>
        ) : (
          <>
            <PeopleTable
              people={people.edges.map((edge) => edge.node)}
              caption={t('organisations.people')}
              showOrganisation={false}
            />
            {people.totalCount > people.edges.length && (
              <p>
                <Link to={`/people?${peopleParams.organisationId}=${encodeURIComponent(organisation.id)}`}>
                  {t('organisations.allPeople', { count: people.totalCount })}
                </Link>
              </p>
            )}
          </>
        )}
      </section>
    </section>
  );
}
