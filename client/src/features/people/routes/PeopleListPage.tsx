import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { PeopleFilters } from '../components/PeopleFilters';
import { PeopleTable } from '../components/PeopleTable';
import { PEOPLE_PAGE_SIZE, PeopleListQuery } from '../graphql/people';
import { hasAnyFilter, peopleFilterFromParams } from '../lib/people-filter';

export default function PeopleListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('people.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = peopleFilterFromParams(searchParams);
  const { data, loading, error, refetch, fetchMore } = useQuery(PeopleListQuery, {
    variables: { filter, first: PEOPLE_PAGE_SIZE },
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const people = data?.people;

  async function loadMore(): Promise<void> {
    if (!people?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: people.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <section className="page">
      <div className="page-heading">
        <h1>{t('people.title')}</h1>
        <Link to="/people/new" className="button-primary">
          {t('people.add')}
        </Link>
      </div>
      <PeopleFilters params={searchParams} onChange={(next) => setSearchParams(next, { replace: true })} />
      <p className="result-count" role="status" data-testid="people-count">
        {people
          ? t('people.count', { count: people.totalCount })
          : loading
            ? t('app.loading')
            : ''}
      </p>
      {error && !loading ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {!people && loading ? <Loading /> : null}
      {people && people.edges.length === 0 ? (
        <p>{hasAnyFilter(filter) ? t('people.noMatches') : t('people.empty')}</p>
      ) : null}
      {people && people.edges.length > 0 ? (
        <>
          <PeopleTable people={people.edges.map((edge) => edge.node)} caption={t('people.title')} />
          <div className="pager">
            <p className="meta">
              {t('common.showing', { shown: people.edges.length, total: people.totalCount })}
            </p>
            {people.pageInfo.hasNextPage && (
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
