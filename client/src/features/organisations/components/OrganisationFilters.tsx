import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../app/components/fields';
import { useEnumOptions } from '../../../app/hooks/useEnumOptions';
import { withParam } from '../../../app/search-params';
import { organisationParams } from '../lib/organisations-filter';

export function OrganisationFilters({
  params,
  onChange,
}: {
  params: URLSearchParams;
  onChange: (next: URLSearchParams) => void;
}) {
  const { t } = useTranslation();
  const options = useEnumOptions();
  const [search, setSearch] = useState(params.get(organisationParams.search) ?? '');
  const selectParam = (name: string) => (value: string) => onChange(withParam(params, name, value));

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    onChange(withParam(params, organisationParams.search, search.trim()));
  }

  function clear(): void {
    setSearch('');
    onChange(new URLSearchParams());
  }

  return (
    <div className="filters">
      <form role="search" className="search-form" onSubmit={submit}>
        <label htmlFor="organisations-search">{t('organisations.search')}</label>
        <div className="search-row">
          <input
            id="organisations-search"
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
          id="organisations-filter-country"
          label={t('organisation.country')}
          value={params.get(organisationParams.countryCode) ?? ''}
          options={options.programmeCountries}
          emptyLabel={t('common.all')}
          onValueChange={selectParam(organisationParams.countryCode)}
        />
        <SelectField
          id="organisations-filter-type"
          label={t('organisation.type')}
          value={params.get(organisationParams.type) ?? ''}
          options={options.organisationTypes}
          emptyLabel={t('common.all')}
          onValueChange={selectParam(organisationParams.type)}
        />
      </div>
      {[...params.keys()].length > 0 ? (
        <button type="button" className="button-link" onClick={clear}>
          {t('common.clearFilters')}
        </button>
      ) : null}
    </div>
  );
}
