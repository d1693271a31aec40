/** Unicode blocks of the programme's own scripts (Vietnamese is written in Latin script). */
const scripts: readonly [lang: 'km' | 'my' | 'th', pattern: RegExp][] = [
  ['km', /[\u1780-\u17FF\u19E0-\u19FF]/],
  ['my', /[\u1000-\u109F\uA9E0-\uA9FF\uAA60-\uAA7F]/],
  ['th', /[\u0E00-\u0E7F]/],
];

/**
 * The language tag for a name in its own script, read from its letters: a certificate's facts do
 * not carry the holder's country, and the tag picks the right line height (and, for screen
 * readers, the voice).
 */
export function scriptLanguage(text: string | null | undefined): 'km' | 'my' | 'th' | undefined {
  if (!text) return undefined;
  return scripts.find(([, pattern]) => pattern.test(text))?.[0];
}
