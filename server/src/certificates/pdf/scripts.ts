/** The writing systems the certificate fonts cover; everything else is drawn with the Latin fonts. */
export type Script = 'latin' | 'khmer' | 'myanmar' | 'thai';

/** HarfBuzz script tags (ISO 15924) for each script. */
export const HARFBUZZ_SCRIPT: Record<Script, string> = { latin: 'Latn', khmer: 'Khmr', myanmar: 'Mymr', thai: 'Thai' };

/** The script a character belongs to, or null for characters any script may carry (spaces, digits, punctuation, marks). */
export function scriptOf(codePoint: number): Script | null {
  if ((codePoint >= 0x1780 && codePoint <= 0x17ff) || (codePoint >= 0x19e0 && codePoint <= 0x19ff)) return 'khmer';
  if (
    (codePoint >= 0x1000 && codePoint <= 0x109f) ||
    (codePoint >= 0xaa60 && codePoint <= 0xaa7f) ||
    (codePoint >= 0xa9e0 && codePoint <= 0xa9ff)
  ) {
    return 'myanmar';
  }
  if (codePoint >= 0x0e00 && codePoint <= 0x0e7f) return 'thai';
  if (isNeutral(codePoint)) return null;
  return 'latin';
}

const NEUTRAL = /^[\p{White_Space}\p{P}\p{S}\p{Nd}\p{M}\p{Cf}]$/u;

function isNeutral(codePoint: number): boolean {
  return codePoint === 0x25cc || NEUTRAL.test(String.fromCodePoint(codePoint));
}

export interface ScriptRun {
  script: Script;
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
}

/**
 * Splits text into runs of one script. Neutral characters (spaces, punctuation, digits, combining
 * marks, joiners) join the run before them, so a space between two Khmer words stays Khmer; at the
 * start of the text they join the first run with a script. `covers` says whether a script's font has
 * a character; a neutral one it lacks (a comma in a Thai run, say) moves to a Latin run.
 */
export function scriptRuns(text: string, covers: (script: Script, codePoint: number) => boolean = () => true): ScriptRun[] {
  const chars: { script: Script | null; codePoint: number; start: number; end: number }[] = [];
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i) ?? 0;
    const end = i + (codePoint > 0xffff ? 2 : 1);
    chars.push({ script: scriptOf(codePoint), codePoint, start: i, end });
    i = end;
  }
  const first = chars.find((c) => c.script !== null)?.script ?? 'latin';
  const runs: ScriptRun[] = [];
  let current: Script = first;
  for (const char of chars) {
    let script = char.script ?? current;
    if (char.script === null && !covers(script, char.codePoint) && !isMark(char.codePoint)) script = 'latin';
    const last = runs[runs.length - 1];
    if (last && last.script === script) last.end = char.end;
    else runs.push({ script, start: char.start, end: char.end });
    if (char.script !== null) current = char.script;
  }
  return runs;
}

const MARK = /^[\p{M}\u200c\u200d]$/u;

function isMark(codePoint: number): boolean {
  return MARK.test(String.fromCodePoint(codePoint));
}

const COMPLEX = /[\u0e00-\u0e7f\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\ua9e0-\ua9ff\uaa60-\uaa7f]/;
const SPACE = /\s/;
const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/**
 * Where a line may break, as UTF-16 offsets (each the start of the text that would begin the next
 * line). Latin text breaks after spaces (and after hyphens and slashes between words); Thai, Khmer
 * and Myanmar, written without spaces between words, also break between the words that ICU's
 * dictionaries find (Intl.Segmenter), so a long line never breaks inside a word.
 */
export function breakOpportunities(text: string): number[] {
  const breaks = new Set<number>();
  for (let i = 1; i < text.length; i++) {
    const before = text[i - 1];
    const after = text[i];
    if (SPACE.test(before) && !SPACE.test(after)) breaks.add(i);
    else if ((before === '-' || before === '/') && /\p{L}/u.test(text[i - 2] ?? '') && /\p{L}/u.test(after)) breaks.add(i);
  }
  if (COMPLEX.test(text)) {
    for (const { index } of segmenter.segment(text)) {
      if (index > 0 && COMPLEX.test(text[index - 1]) && COMPLEX.test(text[index])) breaks.add(index);
    }
  }
  return [...breaks].sort((a, b) => a - b);
}
