import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField, TextField } from '../../../app/components/fields';
import { FormError } from '../../../app/components/FormError';
import { isOneOf, genders, targetGroups } from '../../../app/enums';
import { useEnumOptions } from '../../../app/hooks/useEnumOptions';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import {
  emptyPersonForm,
  missingPersonFields,
  personFormValues,
  type PersonFormValues,
} from '../lib/person-form-values';
import { OrganisationSelect } from './OrganisationSelect';

export const PersonFormFragment = graphql(`
  fragment PersonForm_person on Person {
    id
    fullName
    nativeName
    gender
    countryCode
    province
    position
    targetGroup
    email
    phone
    organisation {
      id
      name
    }
  }
`);

export function PersonForm({
  person: personRef,
  submitting,
  errorText,
  fieldErrors,
  cancelTo,
  onSubmit,
}: {
  person?: FragmentType<typeof PersonFormFragment>;
  submitting: boolean;
  errorText: string | null;
  fieldErrors: Record<string, string>;
  cancelTo: string;
  onSubmit: (values: PersonFormValues) => void;
}) {
  const { t } = useTranslation();
  const options = useEnumOptions();
  const person = personRef ? getFragmentData(PersonFormFragment, personRef) : undefined;
  const [values, setValues] = useState<PersonFormValues>(() => (person ? personFormValues(person) : emptyPersonForm));
  const [missing, setMissing] = useState<(keyof PersonFormValues)[]>([]);

  const set = <K extends keyof PersonFormValues>(field: K) =>
    (value: PersonFormValues[K]) => setValues((previous) => ({ ...previous, [field]: value }));
  const errorFor = (field: keyof PersonFormValues): string | undefined =>
    missing.includes(field) ? t('common.requiredError') : fieldErrors[field];

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const stillMissing = missingPersonFields(values);
    setMissing(stillMissing);
    if (stillMissing.length === 0) onSubmit(values);
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormError message={missing.length > 0 ? t('common.fixErrors') : errorText} />
      <div className="form-grid">
        <TextField
          id="person-fullName"
          label={t('person.fullName')}
          hint={t('personForm.fullNameHint')}
          required
          autoComplete="off"
          value={values.fullName}
          error={errorFor('fullName')}
          onValueChange={set('fullName')}
        />
        <TextField
          id="person-nativeName"
          label={t('person.nativeName')}
          hint={t('personForm.nativeNameHint')}
          autoComplete="off"
          value={values.nativeName}
          error={errorFor('nativeName')}
          onValueChange={set('nativeName')}
        />
        <SelectField
          id="person-gender"
          label={t('person.gender')}
          required
          value={values.gender}
          options={options.genders}
          emptyLabel={t('common.choose')}
          error={errorFor('gender')}
          onValueChange={(value) => set('gender')(isOneOf(genders, value) ? value : '')}
        />
        <SelectField
          id="person-countryCode"
          label={t('person.country')}
          required
          value={values.countryCode}
          options={options.countries}
          emptyLabel={t('common.choose')}
          error={errorFor('countryCode')}
          onValueChange={(value) =>
            // Organisations are listed per country: a new country means choosing the organisation again.
            setValues((previous) => ({ ...previous, countryCode: value, organisationId: '' }))
          }
        />
        <TextField
          id="person-province"
          label={t('person.province')}
          value={values.province}
          error={errorFor('province')}
          onValueChange={set('province')}
        />
        <OrganisationSelect
          countryCode={values.countryCode}
          value={values.organisationId}
          current={person?.organisation ?? null}
          error={errorFor('organisationId')}
          onValueChange={set('organisationId')}
        />
        <TextField
          id="person-position"
          label={t('person.position')}
          value={values.position}
          error={errorFor('position')}
          onValueChange={set('position')}
        />
        <SelectField
          id="person-targetGroup"
          label={t('person.targetGroup')}
          required
          value={values.targetGroup}
          options={options.targetGroups}
          emptyLabel={t('common.choose')}
          error={errorFor('targetGroup')}
          onValueChange={(value) => set('targetGroup')(isOneOf(targetGroups, value) ? value : '')}
        />
        <TextField
          id="person-email"
          label={t('person.email')}
          type="email"
          inputMode="email"
          autoComplete="off"
          value={values.email}
          error={errorFor('email')}
          onValueChange={set('email')}
        />
        <TextField
          id="person-phone"
          label={t('person.phone')}
          type="tel"
          autoComplete="off"
          value={values.phone}
          error={errorFor('phone')}
          onValueChange={set('phone')}
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
