import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { hasAnyRole, staffRoles, useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { SmeFilters } from '../components/SmeFilters';
import { SmesTable } from '../components/SmesTable';
import { SMES_PAGE_SIZE, SmesListQuery } from '../graphql/smes';
import { hasAnyFilter, smesFilterFromParams } from '../lib/sme-filter';
import '../smes.css';

/** /smes: the SMEs leaders supported (all for coordinators; a trainer's cohorts' for a trainer). */
export default function SmesListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('smes.title'));
  const { user } = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = smesFilterFromParams(searchParams);
  const { data, loading, error, refetch, fetchMore } = useQuery(SmesListQuery, { variables: { filter, first: SMES_PAGE_SIZE } });
  const [loadingMore, setLoadingMore] = useState(false);
  const smes = data?.smes;

  async function loadMore(): Promise<void> {
    if (!smes?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: smes.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <section className="page smes-page">
      <div className="page-heading">
        <h1>{t('smes.title')}</h1>
        {hasAnyRole(user?.roles, staffRoles) && (
          <Link to="/smes/duplicates" className="button-secondary">
            {t('smes.duplicates.title')}
          </Link>
        )}
      </div>
      <p className="lead">{t('smes.intro')}</p>
      <SmeFilters params={searchParams} onChange={(next) => setSearchParams(next, { replace: true })} />
      <p className="result-count" role="status" data-testid="smes-count">
        {smes ? t('smes.count', { count: smes.totalCount }) : loading ? t('app.loading') : ''}
      </p>
      {error && !loading ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {!smes && loading ? <Loading /> : null}
      {smes && smes.edges.length === 0 ? <p>{hasAnyFilter(filter) ? t('smes.noMatches') : t('smes.empty')}</p> : null}
      {smes && smes.edges.length > 0 ? (
        <>
          <SmesTable smes={smes.edges.map((edge) => edge.node)} caption={t('smes.title')} />
          <div className="pager">
            <p className="meta">{t('common.showing', { shown: smes.edges.length, total: smes.totalCount })}</p>
            {smes.pageInfo.hasNextPage && (
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
