import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField, TextField } from '../../../app/components/fields';
import { FormError } from '../../../app/components/FormError';
import { isOneOf, organisationTypes } from '../../../app/enums';
import { useEnumOptions } from '../../../app/hooks/useEnumOptions';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import {
  emptyOrganisationForm,
  missingOrganisationFields,
  organisationFormValues,
  type OrganisationFormValues,
} from '../lib/organisation-form-values';

export const OrganisationFormFragment = graphql(`
  fragment OrganisationForm_organisation on Organisation {
    id
    name
    type
    countryCode
    province
  }
`);

export function OrganisationForm({
  organisation: organisationRef,
  submitting,
  errorText,
  fieldErrors,
  cancelTo,
  onSubmit,
}: {
  organisation?: FragmentType<typeof OrganisationFormFragment>;
  submitting: boolean;
  errorText: string | null;
  fieldErrors: Record<string, string>;
  cancelTo: string;
  onSubmit: (values: OrganisationFormValues) => void;
}) {
  const { t } = useTranslation();
  const options = useEnumOptions();
  const organisation = organisationRef ? getFragmentData(OrganisationFormFragment, organisationRef) : undefined;
  const [values, setValues] = useState<OrganisationFormValues>(() =>
    organisation ? organisationFormValues(organisation) : emptyOrganisationForm,
  );
  const [missing, setMissing] = useState<(keyof OrganisationFormValues)[]>([]);
  const set = <K extends keyof OrganisationFormValues>(field: K) =>
    (value: OrganisationFormValues[K]) => setValues((previous) => ({ ...previous, [field]: value }));
  const errorFor = (field: keyof OrganisationFormValues): string | undefined =>
    missing.includes(field) ? t('common.requiredError') : fieldErrors[field];

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const stillMissing = missingOrganisationFields(values);
    setMissing(stillMissing);
    if (stillMissing.length === 0) onSubmit(values);
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormError message={missing.length > 0 ? t('common.fixErrors') : errorText} />
      <div className="form-grid">
        <TextField
          id="organisation-name"
          label={t('organisation.name')}
          required
          autoComplete="organization"
          value={values.name}
          error={errorFor('name')}
          onValueChange={set('name')}
        />
        <SelectField
          id="organisation-type"
          label={t('organisation.type')}
          required
          value={values.type}
          options={options.organisationTypes}
          emptyLabel={t('common.choose')}
          error={errorFor('type')}
          onValueChange={(value) => set('type')(isOneOf(organisationTypes, value) ? value : '')}
        />
        <SelectField
          id="organisation-countryCode"
          label={t('organisation.country')}
          required
          value={values.countryCode}
          options={options.countries}
          emptyLabel={t('common.choose')}
          error={errorFor('countryCode')}
          onValueChange={set('countryCode')}
        />
        <TextField
          id="organisation-province"
          label={t('organisation.province')}
          value={values.province}
          error={errorFor('province')}
          onValueChange={set('province')}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button-primary" disabled={submitting}>
          {submitting ? t('common.saving') : t('common.save')}
        </button>
        <Link to={cancelTo} className="button-link">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
