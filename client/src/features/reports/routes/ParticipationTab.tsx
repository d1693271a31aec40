import { skipToken, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { SelectField, type Option } from '../../../app/components/fields';
import { Loading } from '../../../app/components/Loading';
import { hasAnyRole, staffRoles, useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { AttendanceHeatmap } from '../components/AttendanceHeatmap';
import { BelowThresholdTable } from '../components/BelowThresholdTable';
import { ExportLinks } from '../components/ExportLinks';
import { ParticipationTable } from '../components/ParticipationTable';
import { SplitSelect } from '../components/SplitSelect';
import { ReportAttendanceHeatmapQuery, ReportFilterOptionsQuery, ReportParticipationQuery } from '../graphql/reports';
import { useReportFilter } from '../hooks/useReportFilter';
import { useSplitLabels } from '../hooks/useSplitLabels';
import { reportSplits, splitFromParams, splitParam, type ReportSplit } from '../lib/report-filter';

/** Search parameters of the heat map: its cohort (when the filter names none) and its rows. */
const heatmapParams = { cohort: 'heatmapCohort', rows: 'rows' } as const;
/** The rows value for one row per person (staff only). */
const peopleRows = 'PEOPLE';
/** Splits that make sense inside one cohort. */
const heatmapSplits = reportSplits.filter((split) => split !== 'COHORT' && split !== 'YEAR' && split !== 'COMPONENT');

/** Attendance and completion by split, the attendance heat map of a cohort and, for staff, who is below the minimum. */
export default function ParticipationTab() {
  const { t } = useTranslation();
  const names = useSplitLabels();
  const { user } = useCurrentUser();
  const isStaff = hasAnyRole(user?.roles, staffRoles);
  const { filter, searchParams, split, setParam } = useReportFilter();
  const by: ReportSplit = split(splitParam) ?? 'COUNTRY';
  const { data, loading, error, refetch } = useQuery(ReportParticipationQuery, {
    variables: { filter, split: by, staff: isStaff },
    fetchPolicy: 'cache-and-network',
  });

  const options = useQuery(ReportFilterOptionsQuery);
  const cohortOptions: Option[] = (options.data?.participation.cohorts ?? []).map((cell) => ({ value: cell.key, label: cell.label }));
  const heatmapCohort = filter.cohortId ?? searchParams.get(heatmapParams.cohort) ?? cohortOptions[0]?.value ?? null;
  const rowsParam = searchParams.get(heatmapParams.rows);
  const rows: ReportSplit | typeof peopleRows =
    rowsParam === peopleRows && isStaff ? peopleRows : (splitFromParams(searchParams, heatmapParams.rows) ?? (isStaff ? peopleRows : 'SEX'));
  const heatmap = useQuery(
    ReportAttendanceHeatmapQuery,
    heatmapCohort ? { variables: { cohortId: heatmapCohort, by: rows === peopleRows ? null : rows }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const rowOptions: Option[] = [
    ...(isStaff ? [{ value: peopleRows, label: t('reports.participation.rowsPeople') }] : []),
    ...heatmapSplits.map((value) => ({ value, label: names.split(value) })),
  ];

  return (
    <>
      <section aria-labelledby="participation-title">
        <div className="section-heading">
          <h2 id="participation-title">{t('reports.participation.title')}</h2>
          <ExportLinks report="participation" name={t('reports.participation.title')} filter={filter} by={by} />
        </div>
        <p className="hint">{t('reports.participation.intro')}</p>
        <div className="report-tools">
          <SplitSelect id="participation-split" value={by} onChange={(next) => setParam(splitParam, next)} />
        </div>
        {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
        {!data && loading ? <Loading /> : null}
        {data ? <ParticipationTable overall={data.participation.overall} cells={data.participation.by} split={by} /> : null}
      </section>

      <section aria-labelledby="heatmap-title">
        <h2 id="heatmap-title">{t('reports.participation.heatmapTitle')}</h2>
        <div className="report-tools filter-row">
          {filter.cohortId ? null : (
            <SelectField
              id="heatmap-cohort"
              label={t('reports.filter.cohort')}
              value={heatmapCohort ?? ''}
              options={cohortOptions}
              onValueChange={(value) => setParam(heatmapParams.cohort, value || null)}
            />
          )}
          <SelectField
            id="heatmap-rows"
            label={t('reports.participation.rows')}
            value={rows}
            options={rowOptions}
            onValueChange={(value) => setParam(heatmapParams.rows, value || null)}
          />
        </div>
        {!heatmapCohort && !options.loading ? <p>{t('reports.noData')}</p> : null}
        {heatmap.error && !heatmap.data ? <ErrorMessage error={heatmap.error} onRetry={() => void heatmap.refetch()} /> : null}
        {!heatmap.data && heatmap.loading ? <Loading /> : null}
        {heatmap.data ? <AttendanceHeatmap heatmap={heatmap.data.attendanceHeatmap} split={rows === peopleRows ? null : rows} /> : null}
      </section>

      {isStaff ? (
        <section aria-labelledby="below-threshold-title">
          <div className="section-heading">
            <h2 id="below-threshold-title">{t('reports.participation.belowThreshold')}</h2>
            <ExportLinks report="below-threshold" name={t('reports.participation.belowThreshold')} filter={filter} />
          </div>
          <p className="hint">{t('reports.participation.belowThresholdIntro')}</p>
          {data?.participation.belowThreshold ? <BelowThresholdTable lines={data.participation.belowThreshold} /> : null}
          {data?.participation.belowThreshold && (data.participation.belowThresholdCount ?? 0) > data.participation.belowThreshold.length ? (
            <p className="hint" data-testid="below-threshold-more">
              {t('reports.participation.belowThresholdMore', {
                shown: data.participation.belowThreshold.length,
                total: data.participation.belowThresholdCount,
              })}
            </p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
