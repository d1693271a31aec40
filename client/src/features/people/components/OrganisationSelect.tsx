import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SelectField, type Option } from '../../../app/components/fields';
import { OrganisationOptionsQuery } from '../graphql/people';

/** Organisations of the chosen country (the list a coordinator picks from), plus the current one. */
export function OrganisationSelect({
  countryCode,
  value,
  current,
  error,
  onValueChange,
}: {
  countryCode: string;
  value: string;
  current: { id: string; name: string } | null;
  error?: string;
  onValueChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(OrganisationOptionsQuery, {
    variables: { filter: countryCode ? { countryCode } : {} },
  });
  const options: Option[] = (data?.organisations.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));
  if (current && !options.some((option) => option.value === current.id)) {
    options.unshift({ value: current.id, label: current.name });
  }
  options.sort((a, b) => a.label.localeCompare(b.label));
  return (
    <SelectField
      id="person-organisation"
      label={t('person.organisation')}
      hint={countryCode ? undefined : t('personForm.organisationHint')}
      error={error}
      value={value}
      disabled={loading && !data}
      options={options}
      emptyLabel={t('personForm.noOrganisation')}
      onValueChange={onValueChange}
    />
  );
}
