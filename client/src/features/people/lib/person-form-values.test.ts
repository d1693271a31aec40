import {
  emptyPersonForm,
  missingPersonFields,
  personFormValues,
  toCreatePersonInput,
  toUpdatePersonInput,
  type PersonFormValues,
} from './person-form-values';

const filled: PersonFormValues = {
  ...emptyPersonForm,
  fullName: '  Chan Sokha ',
  nativeName: 'ចាន់ សុខា',
  gender: 'FEMALE',
  countryCode: 'KH',
  targetGroup: 'SME_LEADER',
  email: ' sokha.chan@example.org ',
};

describe('person form values', () => {
  it('lists the required fields still empty', () => {
    expect(missingPersonFields(emptyPersonForm)).toEqual(['fullName', 'gender', 'countryCode', 'targetGroup']);
    expect(missingPersonFields({ ...filled, fullName: '   ' })).toEqual(['fullName']);
    expect(missingPersonFields(filled)).toEqual([]);
  });

  it('trims text and sends blank optional fields as null', () => {
    expect(toCreatePersonInput(filled)).toEqual({
      fullName: 'Chan Sokha',
      nativeName: 'ចាន់ សុខា',
      gender: 'FEMALE',
      countryCode: 'KH',
      province: null,
      organisationId: null,
      position: null,
      targetGroup: 'SME_LEADER',
      email: 'sokha.chan@example.org',
      phone: null,
    });
  });

  it('refuses an incomplete form', () => {
    expect(() => toCreatePersonInput(emptyPersonForm)).toThrow();
  });

  it('sends every field on update so cleared fields are cleared', () => {
    expect(toUpdatePersonInput('p1', { ...filled, nativeName: '' })).toMatchObject({ id: 'p1', nativeName: null });
  });

  it('round-trips a person', () => {
    const person = {
      fullName: 'Chan Sokha',
      nativeName: null,
      gender: 'FEMALE' as const,
      countryCode: 'KH',
      province: 'Banteay Meanchey',
      position: null,
      targetGroup: 'SME_LEADER' as const,
      email: null,
      phone: '+855 12 345 678',
      organisation: { id: 'o1' },
    };
    expect(personFormValues(person)).toEqual({
      fullName: 'Chan Sokha',
      nativeName: '',
      gender: 'FEMALE',
      countryCode: 'KH',
      province: 'Banteay Meanchey',
      organisationId: 'o1',
      position: '',
      targetGroup: 'SME_LEADER',
      email: '',
      phone: '+855 12 345 678',
    });
  });
});
