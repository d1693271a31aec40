import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { DuplicatePair, type PairDecision } from '../components/DuplicatePair';
import { DUPLICATES_PAGE_SIZE, SmeDuplicatesQuery } from '../graphql/smes';
import '../smes.css';

/** /smes/duplicates: pairs that may be one business, for a coordinator to merge or keep apart. */
export default function DuplicatesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('smes.duplicates.title'));
  const [first, setFirst] = useState(DUPLICATES_PAGE_SIZE);
  const { data, previousData, loading, error, refetch } = useQuery(SmeDuplicatesQuery, {
    variables: { first },
    notifyOnNetworkStatusChange: true,
  });
  const [decision, setDecision] = useState<PairDecision | null>(null);
  const pairs = (data ?? previousData)?.smeDuplicates;

  return (
    <section className="page duplicates-page">
      <p className="breadcrumb">
        <Link to="/smes">{t('smes.back')}</Link>
      </p>
      <h1>{t('smes.duplicates.title')}</h1>
      <p className="lead">{t('smes.duplicates.intro')}</p>
      <div aria-live="polite" className="decision-notice" data-testid="duplicate-decision">
        {decision ? (
          <p className="alert alert-success">
            {decision.kind === 'merged'
              ? t('smes.duplicates.merged', { kept: decision.kept, merged: decision.merged })
              : t('smes.duplicates.markedDistinct', { first: decision.first, second: decision.second })}
          </p>
        ) : null}
      </div>
      {error && !loading ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {!pairs && loading ? <Loading /> : null}
      {pairs && (
        <p className="result-count" role="status" data-testid="duplicates-count">
          {pairs.length === 0
            ? t('smes.duplicates.none')
            : pairs.length >= first
              ? t('smes.duplicates.countFirst', { count: pairs.length })
              : t('smes.duplicates.count', { count: pairs.length })}
        </p>
      )}
      {pairs && pairs.length > 0 && (
        <ol className="duplicate-list">
          {pairs.map((pair) => (
            <DuplicatePair key={`${pair.first.id}:${pair.second.id}`} candidate={pair} onDecided={setDecision} />
          ))}
        </ol>
      )}
      {pairs && pairs.length >= first && (
        <div className="pager">
          <button
            type="button"
            className="button-secondary"
            disabled={loading}
            onClick={() => setFirst((size) => size + DUPLICATES_PAGE_SIZE)}
          >
            {loading ? t('app.loading') : t('smes.duplicates.showMore')}
          </button>
        </div>
      )}
    </section>
  );
}
