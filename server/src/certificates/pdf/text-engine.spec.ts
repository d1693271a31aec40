import { faceFor } from './fonts';
import { Shaper } from './shaper';
import { TextEngine } from './text-engine';

let shaper: Shaper;
let engine: TextEngine;

beforeAll(async () => {
  shaper = await Shaper.load();
  engine = new TextEngine(shaper);
});

const LONG_THAI = 'รุ่งนภา แก้วคำ ได้ผ่านการฝึกอบรมหลักสูตรการพัฒนาขีดความสามารถในการแข่งขันของวิสาหกิจขนาดกลางและขนาดย่อมในระเบียงเศรษฐกิจตอนใต้';

describe('faceFor', () => {
  it.each([
    ['latin', {}, 'sans-regular'],
    ['latin', { family: 'serif', weight: 'bold' }, 'serif-bold'],
    ['latin', { family: 'serif', italic: true }, 'serif-italic'],
    ['khmer', { family: 'serif', weight: 'bold' }, 'khmer-bold'],
    ['myanmar', { italic: true }, 'myanmar-regular'],
    ['thai', { weight: 'bold' }, 'thai-bold'],
  ] as const)('%s in %j uses %s', (script, style, face) => {
    expect(faceFor(script, style)).toBe(face);
  });
});

describe('Shaper (HarfBuzz)', () => {
  it('draws the Myanmar vowel sign ေ before ကျ in ကျောင်း', () => {
    const glyphs = shaper.shape('myanmar-regular', 'ကျောင်း', 'myanmar');
    expect(glyphs[0].chars).toBe('ေ');
    expect(glyphs.map((g) => g.chars).join('')).not.toMatch(/^ကျ/);
  });

  it('draws the medial ြ first so that it wraps မ in မြန်မာ', () => {
    expect(shaper.shape('myanmar-regular', 'မြန်မာ', 'myanmar')[0].chars).toBe('ြ');
  });

  it('stacks the Khmer subscript ឋ under ដ in ដ្ឋ: one glyph for coeng and consonant, no advance of its own', () => {
    const glyphs = shaper.shape('khmer-regular', 'សេដ្ឋកិច្ច', 'khmer');
    const subscript = glyphs.find((g) => g.chars === '្ឋ');
    expect(subscript?.xAdvance).toBe(0);
  });

  it.each([
    ['khmer-regular', 'ចាន់ សុខា', 'khmer'],
    ['myanmar-regular', 'အောင်မျိုးထက်', 'myanmar'],
    ['thai-regular', 'รุ่งนภา แก้วคำ', 'thai'],
    ['sans-regular', 'Nguyễn Thị Hồng Nhung', 'latin'],
  ] as const)('accounts for every character of %s text once (ToUnicode)', (face, text, script) => {
    const chars = shaper
      .shape(face, text, script)
      .map((g) => g.chars)
      .join('');
    expect([...chars.normalize('NFC')].sort()).toEqual([...text].sort());
  });

  it('never falls back to .notdef for the sample names', () => {
    for (const [face, text, script] of [
      ['khmer-regular', 'ចាន់ សុខា', 'khmer'],
      ['myanmar-bold', 'ကျောင်း မြန်မာ', 'myanmar'],
      ['thai-bold', 'รุ่งนภา แก้วคำ', 'thai'],
      ['serif-bold', 'Nguyễn Thị Hồng Nhung', 'latin'],
    ] as const) {
      expect(shaper.shape(face, text, script).every((g) => g.gid !== 0)).toBe(true);
    }
  });
});

describe('TextEngine', () => {
  it('measures Myanmar taller than Latin (its stacks need the room)', () => {
    const latin = engine.measure('Chan Sokha', { size: 20 });
    const myanmar = engine.measure('မြန်မာ', { size: 20 });
    expect(latin.width).toBeGreaterThan(0);
    expect(myanmar.ascent + myanmar.descent).toBeGreaterThan(latin.ascent + latin.descent);
  });

  it('wraps a long Thai line between words, each line within the width', () => {
    const lines = engine.lines(LONG_THAI, { size: 18, width: 300 });
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('').replace(/ /g, '')).toBe(LONG_THAI.replace(/ /g, ''));
    const words = new Set([...new Intl.Segmenter('th', { granularity: 'word' }).segment(LONG_THAI)].map((s) => s.index));
    let offset = 0;
    for (const line of lines) {
      expect(engine.measure(line, { size: 18 }).width).toBeLessThanOrEqual(300.01);
      offset = LONG_THAI.indexOf(line, offset) + line.length;
      expect(offset === LONG_THAI.length || words.has(offset) || LONG_THAI[offset] === ' ').toBe(true);
    }
  });

  it('cuts a word wider than the line between graphemes, never inside one', () => {
    const word = 'ប្រកួតប្រជែងប្រកួតប្រជែងប្រកួតប្រជែង';
    const lines = engine.lines(word, { size: 18, width: 80 });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(word);
    const graphemes = new Set([...new Intl.Segmenter('km', { granularity: 'grapheme' }).segment(word)].map((s) => s.index));
    let offset = 0;
    for (const line of lines.slice(0, -1)) {
      offset += line.length;
      expect(graphemes.has(offset)).toBe(true);
    }
  });

  it('shrinks a long name to fit one line before cutting it', () => {
    const name = 'Nguyễn Thị Hồng Nhung Nguyễn Thị Hồng Nhung';
    const fitted = engine.boxSize(name, { size: 28, minSize: 12, maxLines: 1, width: 400 });
    expect(fitted.lines).toBe(1);
    expect(fitted.size).toBeLessThan(28);
    expect(fitted.width).toBeLessThanOrEqual(400);
    expect(engine.lines(name, { size: 28, minSize: 12, maxLines: 1, width: 400 })).toEqual([name]);
  });

  it('ends text that cannot fit with an ellipsis', () => {
    const lines = engine.lines(LONG_THAI, { size: 18, width: 300, maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    expect(engine.measure(lines[1], { size: 18 }).width).toBeLessThanOrEqual(300);
  });

  it('normalises to NFC before shaping', () => {
    const composed = 'Nguyễn Thị Hồng Nhung';
    expect(engine.lines(composed.normalize('NFD'), { size: 12 })).toEqual([composed]);
    expect(engine.measure(composed.normalize('NFD'), { size: 12 }).width).toBeCloseTo(engine.measure(composed, { size: 12 }).width, 6);
  });

  it('keeps explicit line breaks', () => {
    expect(engine.lines('Mekong Institute\nរុក្ខជាតិ', { size: 12, width: 500 })).toEqual(['Mekong Institute', 'រុក្ខជាតិ']);
  });
});
