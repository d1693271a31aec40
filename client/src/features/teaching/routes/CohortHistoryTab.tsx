import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { HistoryEntry } from '../components/HistoryEntry';
import { CohortHistoryQuery } from '../graphql/cohort';

const HISTORY_PAGE_SIZE = 25;

/** The cohort's change history, newest first, a page at a time. */
export default function CohortHistoryTab() {
  const { t } = useTranslation();
  const { cohortId = '' } = useParams();
  const { data, loading, error, refetch, fetchMore } = useQuery(CohortHistoryQuery, {
    variables: { id: cohortId, first: HISTORY_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);

  if (!data) {
    if (loading) return <Loading />;
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return null;
  }
  const history = data.cohort?.history;
  if (!history) return null;

  async function loadMore(): Promise<void> {
    if (!history?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: history.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('teaching.history.title')}</h2>
      {history.edges.length === 0 ? (
        <p>{t('teaching.history.empty')}</p>
      ) : (
        <>
          <ol className="history" data-testid="cohort-history">
            {history.edges.map((edge) => (
              <HistoryEntry key={edge.node.id} change={edge.node} />
            ))}
          </ol>
          <div className="pager">
            <p className="meta">{t('common.showing', { shown: history.edges.length, total: history.totalCount })}</p>
            {history.pageInfo.hasNextPage && (
              <button type="button" className="button-secondary" disabled={loadingMore} onClick={() => void loadMore()}>
                {loadingMore ? t('app.loading') : t('common.loadMore')}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
