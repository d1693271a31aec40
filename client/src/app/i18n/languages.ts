/** The interface languages, each named in its own script for the switcher. */
export const languages = [
  { code: 'en', name: 'English' },
  { code: 'km', name: 'ខ្មែរ' },
  { code: 'my', name: 'မြန်မာ' },
  { code: 'th', name: 'ไทย' },
  { code: 'vi', name: 'Tiếng Việt' },
] as const;

export type LanguageCode = (typeof languages)[number]['code'];

export const languageCodes: readonly LanguageCode[] = languages.map((language) => language.code);
export const defaultLanguage: LanguageCode = 'en';
export const languageStorageKey = 'corridor.language';

/** Maps a BCP 47 tag such as `th-TH` or `en_GB` to a supported interface language, else English. */
export function toSupportedLanguage(tag: string | null | undefined): LanguageCode {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return languageCodes.find((code) => code === base) ?? defaultLanguage;
}

/**
 * The script language of a person's native name, from their country, so the right font and line
 * height apply (Vietnamese names are written in Latin script, in fullName).
 */
export function nativeNameLanguage(countryCode: string): 'km' | 'my' | 'th' | undefined {
  switch (countryCode) {
    case 'KH':
      return 'km';
    case 'MM':
      return 'my';
    case 'TH':
      return 'th';
    default:
      return undefined;
  }
}
