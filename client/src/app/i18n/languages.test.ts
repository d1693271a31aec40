import { languageCodes, nativeNameLanguage, toSupportedLanguage } from './languages';

describe('toSupportedLanguage', () => {
  it.each([
    ['km', 'km'],
    ['th-TH', 'th'],
    ['vi_VN', 'vi'],
    ['MY', 'my'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    [undefined, 'en'],
    [null, 'en'],
  ])('maps %p to %p', (tag, expected) => {
    expect(toSupportedLanguage(tag)).toBe(expected);
  });

  it('offers the five CMTV interface languages', () => {
    expect(languageCodes).toEqual(['en', 'km', 'my', 'th', 'vi']);
  });
});

describe('nativeNameLanguage', () => {
  it.each([
    ['KH', 'km'],
    ['MM', 'my'],
    ['TH', 'th'],
    ['VN', undefined],
    ['JP', undefined],
  ])('gives %s names the script language %p', (country, expected) => {
    expect(nativeNameLanguage(country)).toBe(expected);
  });
});
