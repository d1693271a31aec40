import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { IndicatorRecordsTable } from '../components/IndicatorRecordsTable';
import { IndicatorRecordsQuery } from '../graphql/reports';
import { useReportFormat } from '../hooks/useReportFormat';
import { useSplitLabels } from '../hooks/useSplitLabels';
import { cellParams } from '../lib/drill-down';
import { filterFromParams, splitFromParams } from '../lib/report-filter';
import '../reports.css';

const pageSize = 50;

/** Staff only: the records an indicator counts (or one cell of its split), for the dashboard's filter. */
export default function IndicatorRecordsPage() {
  const { t } = useTranslation();
  const format = useReportFormat();
  const names = useSplitLabels();
  const { code = '' } = useParams();
  const [searchParams] = useSearchParams();
  const filter = filterFromParams(searchParams);
  const split = splitFromParams(searchParams, cellParams.split);
  const key = split ? searchParams.get(cellParams.key) : null;
  // Cursors of the pages before this one, for "Previous".
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const { data, loading, error, refetch } = useQuery(IndicatorRecordsQuery, {
    variables: { code, filter, split: key ? split : null, key, first: pageSize, after },
  });
  const indicator = data?.indicator;
  useDocumentTitle(indicator ? indicator.name : t('reports.records.title.PARTICIPANT'));

  const back = new URLSearchParams(searchParams);
  back.delete(cellParams.split);
  back.delete(cellParams.key);
  if (split) back.set('by', split);
  const backTo = `/reports${back.toString() ? `?${back.toString()}` : ''}`;
  const records = data?.indicatorRecords;
  const firstShown = (cursors.length - 1) * pageSize + 1;

  return (
    <section className="page reports-page">
      <p className="breadcrumb">
        <Link to={backTo}>{t('reports.records.back')}</Link>
      </p>
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {!data && loading ? <Loading /> : null}
      {indicator && records ? (
        <>
          <p className="eyebrow">{t('reports.records.eyebrow')}</p>
          <h1>{indicator.name}</h1>
          {indicator.description ? <p className="lead">{indicator.description}</p> : null}
          <dl className="stats report-stats">
            {split && key ? null : (
              <div>
                <dt>{t('reports.indicators.actual')}</dt>
                <dd>{format.figure(indicator.unit, indicator.actual)}</dd>
              </div>
            )}
            {split && key ? (
              <div>
                <dt>{names.split(split)}</dt>
                <dd>{names.cell(split, { key, label: key })}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('reports.records.count')}</dt>
              <dd data-testid="records-total">{format.count(records.totalCount)}</dd>
            </div>
          </dl>
          <p className="result-count" role="status">
            {records.totalCount === 0
              ? t('reports.records.empty')
              : t('common.showing', {
                  shown: `${format.count(firstShown)}–${format.count(firstShown + records.edges.length - 1)}`,
                  total: format.count(records.totalCount),
                })}
          </p>
          {records.edges.length > 0 ? <IndicatorRecordsTable records={records.edges.map((edge) => edge.node)} /> : null}
          <div className="pager">
            {cursors.length > 1 ? (
              <button type="button" className="button-secondary" onClick={() => setCursors((list) => list.slice(0, -1))}>
                {t('reports.records.previous')}
              </button>
            ) : null}
            {records.pageInfo.hasNextPage && records.pageInfo.endCursor ? (
              <button
                type="button"
                className="button-secondary"
                onClick={() => {
                  const next = records.pageInfo.endCursor ?? null;
                  setCursors((list) => [...list, next]);
                }}
              >
                {t('reports.records.next')}
              </button>
            ) : null}
          </div>
        </>
      ) : null}
    </section>
  );
}
