import {
  emptyOrganisationForm,
  missingOrganisationFields,
  toCreateOrganisationInput,
  toUpdateOrganisationInput,
} from './organisation-form-values';
import { organisationsFilterFromParams } from './organisations-filter';

describe('organisationsFilterFromParams', () => {
  it('reads search, country and type', () => {
    expect(organisationsFilterFromParams(new URLSearchParams('q=rice&country=VN&type=SME_ASSOCIATION'))).toEqual({
      search: 'rice',
      countryCode: 'VN',
      type: 'SME_ASSOCIATION',
    });
  });

  it('drops values the API would refuse', () => {
    expect(organisationsFilterFromParams(new URLSearchParams('country=XX&type=bank'))).toEqual({});
  });
});

describe('organisation form values', () => {
  it('requires name, type and country', () => {
    expect(missingOrganisationFields(emptyOrganisationForm)).toEqual(['name', 'type', 'countryCode']);
  });

  it('builds inputs with a blank province as null', () => {
    const values = { name: ' Mae Sot Chamber ', type: 'CHAMBER_OF_COMMERCE' as const, countryCode: 'TH', province: ' ' };
    expect(toCreateOrganisationInput(values)).toEqual({
      name: 'Mae Sot Chamber',
      type: 'CHAMBER_OF_COMMERCE',
      countryCode: 'TH',
      province: null,
    });
    expect(toUpdateOrganisationInput('o1', values)).toMatchObject({ id: 'o1', province: null });
  });
});
