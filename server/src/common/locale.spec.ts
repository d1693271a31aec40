import { localeFromHeader, pickLocale } from './locale';

describe('localeFromHeader', () => {
  it.each([
    [undefined, 'en'],
    ['km', 'km'],
    ['vi-VN,vi;q=0.9,en;q=0.5', 'vi'],
    ['fr-FR,th;q=0.8', 'th'],
    ['en;q=0.1,my;q=0.9', 'my'],
    ['de', 'en'],
  ])('%s → %s', (header, expected) => {
    expect(localeFromHeader(header)).toBe(expected);
  });
});

describe('pickLocale', () => {
  it('falls back to English when a translation is missing or empty', () => {
    expect(pickLocale({ en: 'Cluster', km: 'ចង្កោម' }, 'km')).toBe('ចង្កោម');
    expect(pickLocale({ en: 'Cluster', th: '' }, 'th')).toBe('Cluster');
    expect(pickLocale({ en: 'Cluster' }, 'vi')).toBe('Cluster');
  });
});
