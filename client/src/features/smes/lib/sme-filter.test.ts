import { hasAnyFilter, smesFilterFromParams } from './sme-filter';

describe('SME list filter from the URL', () => {
  it('reads search, country, province, sector and merged records', () => {
    const params = new URLSearchParams('q=%20rice%20&country=KH&province=Battambang&sector=SERVICES&merged=1');
    expect(smesFilterFromParams(params)).toEqual({
      search: 'rice',
      countryCode: 'KH',
      province: 'Battambang',
      sector: 'SERVICES',
      includeMerged: true,
    });
  });

  it('ignores values the API would refuse', () => {
    const filter = smesFilterFromParams(new URLSearchParams('country=FR&sector=MINING&merged=yes&q=%20'));
    expect(filter).toEqual({});
    expect(hasAnyFilter(filter)).toBe(false);
    expect(hasAnyFilter({ province: 'Takeo' })).toBe(true);
  });
});
