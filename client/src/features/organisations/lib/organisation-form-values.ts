import type { CreateOrganisationInput, OrganisationType, UpdateOrganisationInput } from '../../../gql/graphql';

export interface OrganisationFormValues {
  name: string;
  type: OrganisationType | '';
  countryCode: string;
  province: string;
}

export const emptyOrganisationForm: OrganisationFormValues = { name: '', type: '', countryCode: '', province: '' };

export function organisationFormValues(organisation: {
  name: string;
  type: OrganisationType;
  countryCode: string;
  province?: string | null;
}): OrganisationFormValues {
  return {
    name: organisation.name,
    type: organisation.type,
    countryCode: organisation.countryCode,
    province: organisation.province ?? '',
  };
}

export function missingOrganisationFields(values: OrganisationFormValues): (keyof OrganisationFormValues)[] {
  const required = ['name', 'type', 'countryCode'] as const;
  return required.filter((field) => values[field].trim() === '');
}

/** Call only when missingOrganisationFields is empty. */
export function toCreateOrganisationInput(values: OrganisationFormValues): CreateOrganisationInput {
  if (values.type === '') throw new Error('The organisation form is incomplete.');
  const province = values.province.trim();
  return {
    name: values.name.trim(),
    type: values.type,
    countryCode: values.countryCode,
    province: province === '' ? null : province,
  };
}

export function toUpdateOrganisationInput(id: string, values: OrganisationFormValues): UpdateOrganisationInput {
  return { id, ...toCreateOrganisationInput(values) };
}
