import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../app/components/fields';
import { useEnumOptions } from '../../../app/hooks/useEnumOptions';
import { withParam } from '../../../app/search-params';
import { peopleParams } from '../lib/people-filter';

/** Search box and filters; their state lives in the URL so the browser's back button works. */
export function PeopleFilters({
  params,
  onChange,
}: {
  params: URLSearchParams;
  onChange: (next: URLSearchParams) => void;
}) {
  const { t } = useTranslation();
  const options = useEnumOptions();
  const [search, setSearch] = useState(params.get(peopleParams.search) ?? '');
  const selectParam = (name: string) => (value: string) => onChange(withParam(params, name, value));

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    onChange(withParam(params, peopleParams.search, search.trim()));
  }

  function clear(): void {
    setSearch('');
    onChange(new URLSearchParams());
  }

  const hasFilters = [...params.keys()].length > 0;
  return (
    <div className="filters">
      <form role="search" className="search-form" onSubmit={submit}>
        <label htmlFor="people-search">{t('people.search')}</label>
        <div className="search-row">
          <input
            id="people-search"
            type="search"
            name="q"
            value={search}
            maxLength={100}
            onChange={(event) => setSearch(event.target.value)}
          />
          <button type="submit" className="button-primary">
            {t('common.search')}
          </button>
        </div>
      </form>
      <div className="filter-row">
        <SelectField
          id="people-filter-country"
          label={t('person.country')}
          value={params.get(peopleParams.countryCode) ?? ''}
          options={options.programmeCountries}
          emptyLabel={t('common.all')}
          onValueChange={selectParam(peopleParams.countryCode)}
        />
        <SelectField
          id="people-filter-gender"
          label={t('person.gender')}
          value={params.get(peopleParams.gender) ?? ''}
          options={options.genders}
          emptyLabel={t('common.all')}
          onValueChange={selectParam(peopleParams.gender)}
        />
        <SelectField
          id="people-filter-organisation-type"
          label={t('organisation.type')}
          value={params.get(peopleParams.organisationType) ?? ''}
          options={options.organisationTypes}
          emptyLabel={t('common.all')}
          onValueChange={selectParam(peopleParams.organisationType)}
        />
        <SelectField
          id="people-filter-target-group"
          label={t('person.targetGroup')}
          value={params.get(peopleParams.targetGroup) ?? ''}
          options={options.targetGroups}
          emptyLabel={t('common.all')}
          onValueChange={selectParam(peopleParams.targetGroup)}
        />
      </div>
      {params.get(peopleParams.organisationId) ? (
        <p className="notice">
          {t('people.filteredByOrganisation')}{' '}
          <button
            type="button"
            className="button-link"
            onClick={() => onChange(withParam(params, peopleParams.organisationId, null))}
          >
            {t('people.showAllOrganisations')}
          </button>
        </p>
      ) : null}
      {hasFilters ? (
        <button type="button" className="button-link" onClick={clear}>
          {t('common.clearFilters')}
        </button>
      ) : null}
    </div>
  );
}
