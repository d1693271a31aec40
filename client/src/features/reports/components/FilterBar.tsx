import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SelectField, type Option } from '../../../app/components/fields';
import { components } from '../../../app/enums';
import { useEnumOptions } from '../../../app/hooks/useEnumOptions';
import { ReportFilterOptionsQuery } from '../graphql/reports';
import { useReportFilter } from '../hooks/useReportFilter';
import { activeFilterCount, filterParams } from '../lib/report-filter';

/** Country, sex, target group, organisation type, component, cohort and year, kept in the URL. */
export function FilterBar() {
  const { t } = useTranslation();
  const enumOptions = useEnumOptions();
  const { filter, searchParams, setParam, clearFilter } = useReportFilter();
  const options = useQuery(ReportFilterOptionsQuery);
  const cohorts: Option[] = (options.data?.participation.cohorts ?? []).map((cell) => ({ value: cell.key, label: cell.label }));
  const years: Option[] = (options.data?.participation.years ?? [])
    .filter((cell) => /^\d{4}$/.test(cell.key))
    .map((cell) => ({ value: cell.key, label: cell.key }))
    .sort((a, b) => a.value.localeCompare(b.value));
  // A cohort or year in the URL stays selectable while the options load (or if it has no figures).
  const current = (list: Option[], value: string | null): Option[] =>
    value && !list.some((option) => option.value === value) ? [{ value, label: value }, ...list] : list;
  const componentOptions: Option[] = components.map((code) => ({ value: code, label: t(`enums.component.${code}`) }));
  const active = activeFilterCount(filter);
  const field = (name: keyof typeof filterParams) => ({
    id: `report-${filterParams[name]}`,
    value: searchParams.get(filterParams[name]) ?? '',
    emptyLabel: t('common.all'),
    onValueChange: (value: string) => setParam(filterParams[name], value || null),
  });

  return (
    <section className="filters report-filters" aria-labelledby="report-filters-title">
      <h2 id="report-filters-title" className="filters-title">
        {t('reports.filter.title')}
      </h2>
      <div className="filter-row">
        <SelectField {...field('countryCode')} label={t('reports.filter.country')} options={enumOptions.programmeCountries} />
        <SelectField {...field('gender')} label={t('reports.filter.sex')} options={enumOptions.genders} />
        <SelectField {...field('targetGroup')} label={t('reports.filter.targetGroup')} options={enumOptions.targetGroups} />
        <SelectField {...field('organisationType')} label={t('reports.filter.organisationType')} options={enumOptions.organisationTypes} />
        <SelectField {...field('componentCode')} label={t('reports.filter.component')} options={componentOptions} />
        <SelectField {...field('cohortId')} label={t('reports.filter.cohort')} options={current(cohorts, filter.cohortId ?? null)} />
        <SelectField {...field('year')} label={t('reports.filter.year')} options={current(years, filter.year ? String(filter.year) : null)} />
      </div>
      <p className="filter-status" role="status">
        {active > 0 ? t('reports.filter.active', { count: active, value: active }) : t('reports.filter.none')}
        {active > 0 ? (
          <button type="button" className="button-link" onClick={clearFilter}>
            {t('common.clearFilters')}
          </button>
        ) : null}
      </p>
    </section>
  );
}
