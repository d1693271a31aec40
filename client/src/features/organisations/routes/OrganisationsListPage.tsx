import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { OrganisationFilters } from '../components/OrganisationFilters';
import { OrganisationsTable } from '../components/OrganisationsTable';
import { ORGANISATIONS_PAGE_SIZE, OrganisationsListQuery } from '../graphql/organisations';
import { organisationsFilterFromParams } from '../lib/organisations-filter';

export default function OrganisationsListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('organisations.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = organisationsFilterFromParams(searchParams);
  const { data, loading, error, refetch, fetchMore } = useQuery(OrganisationsListQuery, {
    variables: { filter, first: ORGANISATIONS_PAGE_SIZE },
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const organisations = data?.organisations;
  const filtered = Object.keys(filter).length > 0;

  async function loadMore(): Promise<void> {
    if (!organisations?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: organisations.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <section className="page">
      <div className="page-heading">
        <h1>{t('organisations.title')}</h1>
        <Link to="/organisations/new" className="button-primary">
          {t('organisations.add')}
        </Link>
      </div>
      <OrganisationFilters params={searchParams} onChange={(next) => setSearchParams(next, { replace: true })} />
      <p className="result-count" role="status" data-testid="organisations-count">
        {organisations
          ? t('organisations.count', { count: organisations.totalCount })
          : loading
            ? t('app.loading')
            : ''}
      </p>
      {error && !loading ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {!organisations && loading ? <Loading /> : null}
      {organisations && organisations.edges.length === 0 ? (
        <p>{filtered ? t('organisations.noMatches') : t('organisations.empty')}</p>
      ) : null}
      {organisations && organisations.edges.length > 0 ? (
        <>
          <OrganisationsTable
            organisations={organisations.edges.map((edge) => edge.node)}
            caption={t('organisations.title')}
          />
          <div className="pager">
            <p className="meta">
              {t('common.showing', { shown: organisations.edges.length, total: organisations.totalCount })}
            </p>
            {organisations.pageInfo.hasNextPage && (
              <button type="button" className="button-secondary" disabled={loadingMore} onClick={() => void loadMore()}>
                {loadingMore ? t('app.loading') : t('common.loadMore')}
              </button>
            )}
          </div>
        </>
      ) : null}
    </section>
  );
}
