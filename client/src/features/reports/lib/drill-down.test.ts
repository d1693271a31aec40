import { drillDownPath } from './drill-down';

describe('drill-down links', () => {
  it('keep the filter, drop the table’s split and add the cell', () => {
    expect(drillDownPath('leaders-trained', '?country=KH&by=SEX')).toBe('/reports/indicators/leaders-trained?country=KH');
    expect(drillDownPath('leaders-trained', '?country=KH&by=SEX', { split: 'SEX', key: 'FEMALE' })).toBe(
      '/reports/indicators/leaders-trained?country=KH&split=SEX&key=FEMALE',
    );
    expect(drillDownPath('a b', '')).toBe('/reports/indicators/a%20b');
  });
});
