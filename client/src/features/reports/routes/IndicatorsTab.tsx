import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { hasAnyRole, staffRoles, useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { ExportLinks } from '../components/ExportLinks';
import { IndicatorTable } from '../components/IndicatorTable';
import { SplitSelect } from '../components/SplitSelect';
import { ReportIndicatorsQuery } from '../graphql/reports';
import { useReportFilter } from '../hooks/useReportFilter';
import { splitParam } from '../lib/report-filter';

/** Indicators against their targets, optionally broken down by a split. */
export default function IndicatorsTab() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const isStaff = hasAnyRole(user?.roles, staffRoles);
  const { filter, search, split, setParam } = useReportFilter();
  const by = split(splitParam);
  const { data, loading, error, refetch } = useQuery(ReportIndicatorsQuery, {
    variables: { filter, split: by ?? 'COUNTRY', withBreakdown: by !== null },
    fetchPolicy: 'cache-and-network',
  });

  return (
    <section aria-labelledby="indicators-title">
      <div className="section-heading">
        <h2 id="indicators-title">{t('reports.indicators.title')}</h2>
        <ExportLinks report="indicators" name={t('reports.indicators.title')} filter={filter} by={by} />
      </div>
      <div className="report-tools">
        <SplitSelect id="indicators-split" value={by} allowNone onChange={(next) => setParam(splitParam, next)} />
        {isStaff ? <p className="hint">{t('reports.indicators.drillHint')}</p> : null}
      </div>
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {!data && loading ? <Loading /> : null}
      {data && data.indicators.length === 0 ? <p>{t('reports.noData')}</p> : null}
      {data && data.indicators.length > 0 ? (
        <div className={loading ? 'report-body is-refreshing' : 'report-body'} aria-busy={loading}>
          <IndicatorTable indicators={data.indicators} split={by} drillDown={isStaff} search={search} />
        </div>
      ) : null}
    </section>
  );
}
