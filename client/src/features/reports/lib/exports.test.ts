import { donorReportUrl, exportUrl } from './exports';

describe('export links', () => {
  it('carry the filter, the split and the interface language', () => {
    expect(exportUrl('indicators', 'csv', { countryCode: 'KH', gender: 'FEMALE' }, { by: 'SEX', lang: 'vi' })).toBe(
      '/reports/indicators.csv?countryCode=KH&gender=FEMALE&by=SEX&lang=vi',
    );
    expect(exportUrl('smes-reached', 'xlsx', {}, { lang: 'km' })).toBe('/reports/smes-reached.xlsx?lang=km');
    expect(exportUrl('participation', 'csv', { year: 2017 }, { by: null, lang: 'en' })).toBe('/reports/participation.csv?year=2017&lang=en');
  });

  it('point the donor report at a PDF for the same filter', () => {
    expect(donorReportUrl({ componentCode: 'C', cohortId: 'abc-123-def' }, 'th')).toBe(
      '/reports/donor-report.pdf?componentCode=C&cohortId=abc-123-def&lang=th',
    );
  });
});
