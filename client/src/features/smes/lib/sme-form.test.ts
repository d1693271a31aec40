import {
  emptySme,
  smeProblems,
  smeValuesFrom,
  supportProblems,
  toMatchInput,
  toNewSmeInput,
  toSupportInput,
  toUpdateSmeInput,
} from './sme-form';
import { sortReasons } from './sme-enums';

describe('SME form values', () => {
  const filled = { ...emptySme('VN', 'An Giang'), name: '  Cá Tra Export Co. ', sector: 'AGRICULTURE_AND_FOOD' as const };

  it('asks for a name, a country and a sector, and whole numbers of employees', () => {
    expect(smeProblems(emptySme(''))).toEqual([
      { field: 'name', problem: 'required' },
      { field: 'countryCode', problem: 'required' },
      { field: 'sector', problem: 'required' },
    ]);
    expect(smeProblems({ ...filled, womenEmployees: '2.5', menEmployees: '100001' })).toEqual([
      { field: 'womenEmployees', problem: 'number' },
      { field: 'menEmployees', problem: 'number' },
    ]);
    expect(smeProblems({ ...filled, womenEmployees: ' 12 ', menEmployees: '' })).toEqual([]);
  });

  it('sends trimmed text, null for what was left empty, and numbers for employees', () => {
    expect(toNewSmeInput({ ...filled, womenEmployees: '12', phone: ' ' })).toEqual({
      name: 'Cá Tra Export Co.',
      countryCode: 'VN',
      province: 'An Giang',
      sector: 'AGRICULTURE_AND_FOOD',
      ownerGender: null,
      womenEmployees: 12,
      menEmployees: null,
      registrationNumber: null,
      phone: null,
    });
  });

  it('round-trips a stored SME through the edit form, clearing what was cleared', () => {
    const stored = {
      name: 'Mekong Weavers',
      countryCode: 'KH',
      province: 'Takeo',
      sector: 'HANDICRAFTS_AND_TEXTILES' as const,
      ownerGender: 'FEMALE' as const,
      womenEmployees: 9,
      menEmployees: 0,
      registrationNumber: 'KH-00123',
      phone: null,
    };
    const values = smeValuesFrom(stored);
    expect(values.menEmployees).toBe('0');
    expect(smeValuesFrom({ ...stored, phone: '85512777418' }).phone).toBe('+85512777418');
    expect(toUpdateSmeInput('sme-1', { ...values, registrationNumber: '' })).toEqual({
      smeId: 'sme-1',
      ...stored,
      registrationNumber: null,
    });
  });

  it('looks up matches only once the name is three letters long', () => {
    expect(toMatchInput({ ...filled, name: 'Ca ' })).toBeNull();
    expect(toMatchInput({ ...filled, countryCode: '' })).toBeNull();
    expect(toMatchInput({ ...filled, phone: '+84 90 123' })).toEqual({
      name: 'Cá Tra Export Co.',
      countryCode: 'VN',
      province: 'An Giang',
      registrationNumber: null,
      phone: '+84 90 123',
    });
  });

  it('asks for the kind and date of support', () => {
    expect(supportProblems({ kind: '', supportedOn: '', result: '' })).toEqual([
      { field: 'kind', problem: 'required' },
      { field: 'supportedOn', problem: 'required' },
    ]);
    expect(toSupportInput({ kind: 'COACHING', supportedOn: '2026-11-02', result: ' ' })).toEqual({
      kind: 'COACHING',
      supportedOn: '2026-11-02',
      result: null,
    });
  });

  it('puts the strongest reason first, once each', () => {
    expect(sortReasons(['SIMILAR_NAME_SAME_PROVINCE', 'SAME_PHONE', 'SAME_PHONE', 'SAME_REGISTRATION_NUMBER'])).toEqual([
      'SAME_REGISTRATION_NUMBER',
      'SAME_PHONE',
      'SIMILAR_NAME_SAME_PROVINCE',
    ]);
  });
});
