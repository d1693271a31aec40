import { withParam } from '../../../app/search-params';
import { hasAnyFilter, peopleFilterFromParams } from './people-filter';

describe('peopleFilterFromParams', () => {
  it('reads every filter from the URL', () => {
    const params = new URLSearchParams('q=%20Sokha%20&country=KH&gender=FEMALE&orgType=BANK&group=SME_LEADER&org=abc');
    expect(peopleFilterFromParams(params)).toEqual({
      search: 'Sokha',
      countryCode: 'KH',
      gender: 'FEMALE',
      organisationType: 'BANK',
      targetGroup: 'SME_LEADER',
      organisationId: 'abc',
    });
  });

  it('drops values the API would refuse', () => {
    const params = new URLSearchParams('q=%20%20&country=FR&gender=female&orgType=SHOP&group=');
    expect(peopleFilterFromParams(params)).toEqual({});
  });

  it('caps the search at 100 characters', () => {
    const params = new URLSearchParams({ q: 'x'.repeat(150) });
    expect(peopleFilterFromParams(params).search).toHaveLength(100);
  });
});

describe('hasAnyFilter', () => {
  it('is false only for an empty filter', () => {
    expect(hasAnyFilter({})).toBe(false);
    expect(hasAnyFilter({ gender: 'MALE' })).toBe(true);
  });
});

describe('withParam', () => {
  it('sets and removes a parameter without touching the others', () => {
    const params = new URLSearchParams('q=sokha&country=KH');
    expect(withParam(params, 'gender', 'FEMALE').toString()).toBe('q=sokha&country=KH&gender=FEMALE');
    expect(withParam(params, 'country', '').toString()).toBe('q=sokha');
    expect(params.toString()).toBe('q=sokha&country=KH');
  });
});
