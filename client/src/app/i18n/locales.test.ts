import en from './locales/en.json';
import km from './locales/km.json';
import my from './locales/my.json';
import th from './locales/th.json';
import vi from './locales/vi.json';
import { languageCodes } from './languages';

type Tree = { [key: string]: string | Tree };

const locales: Record<string, Tree> = { en, km, my, th, vi };

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Every leaf as [dotted key, value]. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]): [string, unknown][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'object' && value !== null ? leaves(value, path) : [[path, value]];
  });
}

/**
 * The keys a language must have: en's keys, with each plural key expanded to the plural forms the
 * language uses (English has _one and _other; Khmer, Myanmar, Thai and Vietnamese only _other).
 */
function expectedKeys(language: string): string[] {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const [key] of leaves(en)) {
    if (pluralSuffix.test(key)) {
      const base = key.replace(pluralSuffix, '');
      for (const category of categories) keys.add(`${base}_${category}`);
    } else {
      keys.add(key);
    }
  }
  return [...keys].sort();
}

/** Interpolation placeholders such as {{count}} in a string. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1] ?? '').sort();
}

const enValues = new Map(leaves(en).map(([key, value]) => [key.replace(pluralSuffix, ''), value]));

describe('locale files', () => {
  it('exist for exactly the interface languages', () => {
    expect(Object.keys(locales).sort()).toEqual([...languageCodes].sort());
  });

  describe.each(Object.keys(locales))('%s', (language) => {
    const tree = locales[language] ?? {};
    const actual = leaves(tree);
    const actualKeys = actual.map(([key]) => key).sort();
    const expected = expectedKeys(language);

    it('has every key that en has', () => {
      expect(expected.filter((key) => !actualKeys.includes(key))).toEqual([]);
    });

    it('has no extra keys', () => {
      expect(actualKeys.filter((key) => !expected.includes(key))).toEqual([]);
    });

    it('has no empty or non-string values', () => {
      expect(actual.filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key)).toEqual([]);
    });

    it('keeps the placeholders of the English text', () => {
      const mismatched = actual
        .filter(([key, value]) => {
          const english = enValues.get(key.replace(pluralSuffix, ''));
          if (typeof english !== 'string' || typeof value !== 'string') return false;
          // A plural form may leave out {{count}} (e.g. "one" written as a word); other names must match.
          const wanted = placeholders(english).filter((name) => name !== 'count');
          const got = placeholders(value).filter((name) => name !== 'count');
          return JSON.stringify([...new Set(wanted)]) !== JSON.stringify([...new Set(got)]);
        })
        .map(([key]) => key);
      expect(mismatched).toEqual([]);
    });
  });

  /** Keys whose text is rightly the same as in English (the name is spelled so in that language). */
  const sameAsEnglish: Record<string, string[]> = { vi: ['enums.country.MM'] };

  it('are translated, not copies of English', () => {
    for (const language of ['km', 'my', 'th', 'vi']) {
      const tree = locales[language] ?? {};
      const same = leaves(tree).filter(([key, value]) => {
        const english = enValues.get(key.replace(pluralSuffix, ''));
        if (value !== english || typeof value !== 'string') return false;
        if (sameAsEnglish[language]?.includes(key) || value === 'Corridor') return false;
        // Text made only of placeholders and symbols ("← {{title}}") has nothing to translate.
        return /[a-z]{2,}/i.test(value.replace(/\{\{[^}]*\}\}/g, ''));
      });
      expect({ language, untranslated: same.map(([key]) => key) }).toEqual({ language, untranslated: [] });
    }
  });
});
