import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../app/components/fields';
import { useEnumOptions } from '../../../app/hooks/useEnumOptions';
import { withParam } from '../../../app/search-params';
import { useSmeLabels } from '../hooks/useSmeLabels';
import { smeParams } from '../lib/sme-filter';

/** Search box and filters; their state lives in the URL so the browser's back button works. */
export function SmeFilters({ params, onChange }: { params: URLSearchParams; onChange: (next: URLSearchParams) => void }) {
  const { t } = useTranslation();
  const options = useEnumOptions();
  const labels = useSmeLabels();
  const [search, setSearch] = useState(params.get(smeParams.search) ?? '');
  const [province, setProvince] = useState(params.get(smeParams.province) ?? '');
  const selectParam = (name: string) => (value: string) => onChange(withParam(params, name, value));

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    onChange(withParam(withParam(params, smeParams.search, search.trim()), smeParams.province, province.trim()));
  }

  function clear(): void {
    setSearch('');
    setProvince('');
    onChange(new URLSearchParams());
  }

  const hasFilters = [...params.keys()].length > 0;
  return (
    <div className="filters">
      <form role="search" className="search-form" onSubmit={submit}>
        <label htmlFor="smes-search">{t('smes.search')}</label>
        <div className="search-row">
          <input
            id="smes-search"
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
          id="smes-filter-country"
          label={t('smes.field.countryCode')}
          value={params.get(smeParams.countryCode) ?? ''}
          options={options.programmeCountries}
          emptyLabel={t('common.all')}
          onValueChange={selectParam(smeParams.countryCode)}
        />
        <form
          className="field"
          onSubmit={(event) => {
            event.preventDefault();
            onChange(withParam(params, smeParams.province, province.trim()));
          }}
        >
          <label htmlFor="smes-filter-province">{t('smes.field.province')}</label>
          <input
            id="smes-filter-province"
            type="search"
            value={province}
            maxLength={100}
            onChange={(event) => setProvince(event.target.value)}
            onBlur={() => {
              if (province.trim() !== (params.get(smeParams.province) ?? ''))
                onChange(withParam(params, smeParams.province, province.trim()));
            }}
          />
        </form>
        <SelectField
          id="smes-filter-sector"
          label={t('smes.field.sector')}
          value={params.get(smeParams.sector) ?? ''}
          options={labels.sectorOptions}
          emptyLabel={t('common.all')}
          onValueChange={selectParam(smeParams.sector)}
        />
      </div>
      <div className="actions">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={params.get(smeParams.includeMerged) === '1'}
            onChange={(event) => onChange(withParam(params, smeParams.includeMerged, event.target.checked ? '1' : null))}
          />
          {t('smes.includeMerged')}
        </label>
        {hasFilters ? (
          <button type="button" className="button-link" onClick={clear}>
            {t('common.clearFilters')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
