import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { getFragmentData } from '../../../gql';
import { CellTable, CellTableFragment } from '../components/CellTable';
import { ChartFigure } from '../components/ChartFigure';
import { ExportLinks } from '../components/ExportLinks';
import { HorizontalBarChart } from '../components/HorizontalBarChart';
import { LineChart } from '../components/LineChart';
import { ReportSmesReachedQuery } from '../graphql/reports';
import { useReportFilter } from '../hooks/useReportFilter';
import { useReportFormat } from '../hooks/useReportFormat';
import { useSplitLabels } from '../hooks/useSplitLabels';
import { fillMonths, formatMonth } from '../lib/smes';
import { notRecordedKey } from '../lib/splits';

const chartedProvinces = 12;

/** SMEs the trained leaders supported: the total, over time, and by province, sector, kind of support and owner's sex. */
export default function SmesTab() {
  const { t } = useTranslation();
  const format = useReportFormat();
  const names = useSplitLabels();
  const { filter } = useReportFilter();
  const { data, loading, error, refetch } = useQuery(ReportSmesReachedQuery, { variables: { filter }, fetchPolicy: 'cache-and-network' });
  const report = data?.smesReached;
  const months = report ? fillMonths(report.byMonth) : [];
  const provinces = report ? getFragmentData(CellTableFragment, report.byProvince) : [];
  // The chart shows the provinces with the most SMEs; its table lists them all.
  const topProvinces = [...provinces].sort((a, b) => (b.value ?? -1) - (a.value ?? -1)).slice(0, chartedProvinces);
  const province = (cell: { key: string; label: string }) => (cell.key === notRecordedKey ? t('reports.notRecorded') : cell.label);
  const countCell = (cell: { value?: number | null; suppressed: boolean }) => format.figureWith(cell, format.count);
  const smesHeading = t('reports.smes.smes');

  return (
    <section aria-labelledby="smes-title">
      <div className="section-heading">
        <h2 id="smes-title">{t('reports.smes.title')}</h2>
        <ExportLinks report="smes-reached" name={t('reports.smes.title')} filter={filter} />
      </div>
      <p className="hint">{t('reports.smes.intro')}</p>
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {!data && loading ? <Loading /> : null}
      {report ? (
        <div className={loading ? 'report-body is-refreshing' : 'report-body'} aria-busy={loading}>
          <dl className="stats report-stats" data-testid="smes-total">
            <div>
              <dt>{t('reports.smes.total')}</dt>
              <dd>{format.figure('SMES', report.total)}</dd>
            </div>
            {report.total.people !== null && report.total.people !== undefined ? (
              <div>
                <dt>{t('reports.smes.leaders')}</dt>
                <dd>{format.count(report.total.people)}</dd>
              </div>
            ) : null}
          </dl>
          <div className="chart-grid">
            <ChartFigure
              title={t('reports.smes.overTime')}
              summary={t('reports.smes.overTimeSummary')}
              testId="smes-over-time"
              chart={
                months.length === 0 ? (
                  <p className="chart-empty">{t('reports.noData')}</p>
                ) : (
                  <LineChart
                    points={months.map((point) => ({ key: point.month, label: formatMonth(point.month, format.language), value: point.cumulative }))}
                    valueFormat={format.count}
                  />
                )
              }
              table={
                <table className="data-table">
                  <caption>{t('reports.smes.overTime')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('reports.smes.month')}</th>
                      <th scope="col" className="numeric">
                        {t('reports.smes.newSmes')}
                      </th>
                      <th scope="col" className="numeric">
                        {t('reports.smes.cumulative')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {months.map((point) => (
                      <tr key={point.month}>
                        <th scope="row">{formatMonth(point.month, format.language)}</th>
                        <td className="numeric">{format.count(point.smes)}</td>
                        <td className="numeric">{format.count(point.cumulative)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              }
            />
            <ChartFigure
              title={t('reports.smes.byProvince')}
              summary={
                provinces.length > topProvinces.length
                  ? t('reports.smes.byProvinceTop', { shown: format.count(topProvinces.length), total: format.count(provinces.length) })
                  : undefined
              }
              testId="smes-by-province"
              chart={
                provinces.length === 0 ? (
                  <p className="chart-empty">{t('reports.noData')}</p>
                ) : (
                  <HorizontalBarChart
                    series={[{ label: smesHeading, className: 'series-post' }]}
                    groups={topProvinces.map((cell) => ({
                      key: cell.key,
                      label: province(cell),
                      bars: [{ value: cell.suppressed ? null : (cell.value ?? 0), text: countCell(cell) }],
                    }))}
                    tickFormat={format.count}
                  />
                )
              }
              table={
                <CellTable
                  cells={report.byProvince}
                  caption={t('reports.smes.byProvince')}
                  groupHeading={t('reports.smes.province')}
                  valueHeading={smesHeading}
                  groupLabel={province}
                  formatCell={countCell}
                />
              }
            />
          </div>
          <div className="table-grid">
            <CellTable
              cells={report.bySector}
              caption={t('reports.smes.bySector')}
              groupHeading={t('reports.smes.sector')}
              valueHeading={smesHeading}
              groupLabel={(cell) => names.sector(cell.key)}
              formatCell={countCell}
            />
            <CellTable
              cells={report.byKind}
              caption={t('reports.smes.byKind')}
              groupHeading={t('reports.smes.kind')}
              valueHeading={smesHeading}
              groupLabel={(cell) => names.supportKind(cell.key)}
              formatCell={countCell}
            />
            <CellTable
              cells={report.byOwnerSex}
              caption={t('reports.smes.byOwnerSex')}
              groupHeading={t('reports.smes.ownerSex')}
              valueHeading={smesHeading}
              groupLabel={(cell) => names.cell('SEX', cell)}
              formatCell={countCell}
            />
          </div>
        </div>
      ) : null}
    </section>
  );
}
