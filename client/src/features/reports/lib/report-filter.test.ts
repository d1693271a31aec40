import { activeFilterCount, filterFromParams, filterQuery, splitFromParams, withoutFilter } from './report-filter';

describe('report filter in the URL', () => {
  it('reads every field from its short search parameter', () => {
    const params = new URLSearchParams(
      'country=kh&sex=FEMALE&group=SME_LEADER&orgType=BANK&component=A&cohort=0c6a3d1e-5b7f-4b0e-9d1c-2f3a4b5c6d7e&year=2017&by=SEX',
    );
    expect(filterFromParams(params)).toEqual({
      countryCode: 'KH',
      gender: 'FEMALE',
      targetGroup: 'SME_LEADER',
      organisationType: 'BANK',
      componentCode: 'A',
      cohortId: '0c6a3d1e-5b7f-4b0e-9d1c-2f3a4b5c6d7e',
      year: 2017,
    });
    expect(splitFromParams(params)).toBe('SEX');
  });

  it('drops values the API would refuse instead of failing the page', () => {
    const params = new URLSearchParams('country=Cambodia&sex=WOMAN&group=x&orgType=&component=Z&cohort=1;drop&year=17&by=HEIGHT');
    expect(filterFromParams(params)).toEqual({});
    expect(splitFromParams(params)).toBeNull();
  });

  it('counts and clears the filter fields, keeping the split', () => {
    const params = new URLSearchParams('country=VN&year=2016&by=COUNTRY');
    expect(activeFilterCount(filterFromParams(params))).toBe(2);
    expect(withoutFilter(params).toString()).toBe('by=COUNTRY');
  });

  it('turns the filter into export parameters with the API field names', () => {
    expect(filterQuery({ year: 2017, countryCode: 'TH', gender: 'MALE' })).toEqual([
      ['countryCode', 'TH'],
      ['gender', 'MALE'],
      ['year', '2017'],
    ]);
  });
});
