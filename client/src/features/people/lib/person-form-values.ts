import type { CreatePersonInput, Gender, TargetGroup, UpdatePersonInput } from '../../../gql/graphql';

/** What the person form edits: every field as the text in its control. */
export interface PersonFormValues {
  fullName: string;
  nativeName: string;
  gender: Gender | '';
  countryCode: string;
  province: string;
  organisationId: string;
  position: string;
  targetGroup: TargetGroup | '';
  email: string;
  phone: string;
}

export const emptyPersonForm: PersonFormValues = {
  fullName: '',
  nativeName: '',
  gender: '',
  countryCode: '',
  province: '',
  organisationId: '',
  position: '',
  targetGroup: '',
  email: '',
  phone: '',
};

export interface PersonLike {
  fullName: string;
  nativeName?: string | null;
  gender: Gender;
  countryCode: string;
  province?: string | null;
  position?: string | null;
  targetGroup: TargetGroup;
  email?: string | null;
  phone?: string | null;
  organisation?: { id: string } | null;
}

export function personFormValues(person: PersonLike): PersonFormValues {
  return {
    fullName: person.fullName,
    nativeName: person.nativeName ?? '',
    gender: person.gender,
    countryCode: person.countryCode,
    province: person.province ?? '',
    organisationId: person.organisation?.id ?? '',
    position: person.position ?? '',
    targetGroup: person.targetGroup,
    email: person.email ?? '',
    phone: person.phone ?? '',
  };
}

/** Required fields that are still empty, by field name. */
export function missingPersonFields(values: PersonFormValues): (keyof PersonFormValues)[] {
  const required = ['fullName', 'gender', 'countryCode', 'targetGroup'] as const;
  return required.filter((field) => values[field].trim() === '');
}

const optional = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** Call only when missingPersonFields is empty. */
export function toCreatePersonInput(values: PersonFormValues): CreatePersonInput {
  if (values.gender === '' || values.targetGroup === '') throw new Error('The person form is incomplete.');
  return {
    fullName: values.fullName.trim(),
    nativeName: optional(values.nativeName),
    gender: values.gender,
    countryCode: values.countryCode,
    province: optional(values.province),
    organisationId: optional(values.organisationId),
    position: optional(values.position),
    targetGroup: values.targetGroup,
    email: optional(values.email),
    phone: optional(values.phone),
  };
}

/** Sends every field: a blank optional field is null, which clears it on the server. */
export function toUpdatePersonInput(id: string, values: PersonFormValues): UpdatePersonInput {
  return { id, ...toCreatePersonInput(values) };
}
