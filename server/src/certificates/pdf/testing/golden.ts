import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { createDocument, renderToBuffer } from '../pdf-document';
import { TextEngine, type TextStyle } from '../text-engine';

export interface GoldenSample {
  /** File name of the reference image, without .png. */
  name: string;
  text: string;
  style: TextStyle;
  /** Wrap width in points, for the long lines. */
  width?: number;
  /** What a reviewer checks in the reference image. */
  look: string;
}

const MARGIN = 12;

export const GOLDEN_SAMPLES: GoldenSample[] = [
  { name: 'khmer-chan-sokha', text: 'ចាន់ សុខា', style: { size: 36 }, look: 'the ន and the ់ above it; the ុ under ស; no dotted circles' },
  {
    name: 'myanmar-kyaung',
    text: 'ကျောင်း',
    style: { size: 36 },
    look: 'the vowel sign ေ drawn first, left of ကျ; ာ after; ် and း at the end',
  },
  { name: 'myanmar-myanmar', text: 'မြန်မာ', style: { size: 36 }, look: 'the medial ြ wraps around the first မ' },
  { name: 'myanmar-aung-myo-htet', text: 'အောင်မျိုးထက်', style: { size: 36 }, look: 'ေ left of အ; ျ and ို on မ; ် over က' },
  {
    name: 'thai-rungnapha-kaeokham',
    text: 'รุ่งนภา แก้วคำ',
    style: { size: 36 },
    look: 'the tone mark ่ above ร with ุ below; ้ above ก; ำ after ค',
  },
  {
    name: 'vietnamese-nguyen-thi-hong-nhung',
    text: 'Nguyễn Thị Hồng Nhung',
    style: { size: 36 },
    look: 'ễ with the tilde above the circumflex; dot under ị; grave above the circumflex of ồ',
  },
  {
    name: 'thai-long-line',
    text: 'รุ่งนภา แก้วคำ ได้ผ่านการฝึกอบรมหลักสูตรการพัฒนาขีดความสามารถในการแข่งขันของวิสาหกิจขนาดกลางและขนาดย่อมในระเบียงเศรษฐกิจตอนใต้',
    style: { size: 18 },
    width: 300,
    look: 'every line ends at a whole word (หลักสูตร, การ, ขนาด …), never inside one',
  },
  {
    name: 'khmer-long-line',
    text: 'ការពង្រឹងភាពប្រកួតប្រជែងរបស់សហគ្រាសធុនតូច និងមធ្យម នៅក្នុងច្រករបៀងសេដ្ឋកិច្ចភាគខាងត្បូង',
    style: { size: 18 },
    width: 300,
    look: 'lines break between words; coeng subscripts (ង្រ, ប្រ, ដ្ឋ, ត្ប) stacked under their consonants',
  },
  {
    name: 'myanmar-long-line',
    text: 'တောင်ပိုင်းစီးပွားရေးစင်္ကြံရှိ အသေးစားနှင့် အလတ်စားလုပ်ငန်းများ၏ ယှဉ်ပြိုင်နိုင်စွမ်း မြှင့်တင်ရေး',
    style: { size: 18 },
    width: 300,
    look: 'lines break between words; the kinzi in စင်္ကြံ sits above က; ေ before its consonant',
  },
];

let engine: Promise<TextEngine> | undefined;

/**
 * A page just big enough for the sample, with the text drawn at its top left. `pieces`, for the
 * tests that prove a wrong rendering fails, draws the text as separately shaped pieces side by
 * side on the same page.
 */
export async function renderSample(sample: GoldenSample, text = sample.text, pieces?: string[]): Promise<Buffer> {
  engine ??= TextEngine.create();
  const textEngine = await engine;
  const box = sample.width === undefined ? { ...sample.style } : { ...sample.style, width: sample.width };
  const size = textEngine.boxSize(text, box);
  const doc = createDocument({
    size: [Math.ceil((sample.width ?? size.width) + 2 * MARGIN), Math.ceil(size.height + 2 * MARGIN)],
    layout: 'portrait',
    info: { title: sample.name, author: 'Corridor', subject: 'golden sample', date: new Date(Date.UTC(2000, 0, 1)) },
  });
  return renderToBuffer(doc, () => {
    let x = MARGIN;
    for (const piece of pieces ?? [text]) {
      x += textEngine.drawText(doc, piece, { ...box, x, y: MARGIN, color: '#000000' }).width;
    }
  });
}

/** The folder of reviewed reference images. */
export const GOLDEN_DIR = join(__dirname, '..', '__golden__');
/** Where a failed comparison leaves the actual image and the difference, for a person to look at. */
export const GOLDEN_FAILURES_DIR = join(__dirname, '..', '..', '..', '..', '..', 'test-results', 'golden');

export interface Comparison {
  /** Pixels that differ beyond anti-aliasing noise. */
  mismatched: number;
  /** How many may differ: 0.1% of the reference's inked pixels (at least 4), well under a Vietnamese dot below (21) at 36 pt and 110 dpi. */
  allowed: number;
  sameSize: boolean;
}

/**
 * Compares a rendering with its reference image. pixelmatch leaves out anti-aliased edge pixels and
 * colour differences under its threshold, so another poppler build's smoothing passes; a glyph in
 * the wrong place or a missing mark does not.
 */
export function compareWithReference(name: string, actualPng: Buffer, keepFailure = true): Comparison {
  const expected = PNG.sync.read(readFileSync(join(GOLDEN_DIR, `${name}.png`)));
  const actual = PNG.sync.read(actualPng);
  let inked = 0;
  for (let i = 0; i < expected.data.length; i += 4) {
    if (expected.data[i] < 200 || expected.data[i + 1] < 200 || expected.data[i + 2] < 200) inked++;
  }
  const allowed = Math.max(4, Math.round(inked * 0.001));
  if (expected.width !== actual.width || expected.height !== actual.height) {
    if (keepFailure) saveFailure(name, actualPng, null);
    return { mismatched: Infinity, allowed, sameSize: false };
  }
  const diff = new PNG({ width: expected.width, height: expected.height });
  const mismatched = pixelmatch(expected.data, actual.data, diff.data, expected.width, expected.height, { threshold: 0.1 });
  if (mismatched > allowed && keepFailure) saveFailure(name, actualPng, PNG.sync.write(diff));
  return { mismatched, allowed, sameSize: true };
}

function saveFailure(name: string, actual: Buffer, diff: Buffer | null): void {
  mkdirSync(GOLDEN_FAILURES_DIR, { recursive: true });
  writeFileSync(join(GOLDEN_FAILURES_DIR, `${name}.actual.png`), actual);
  if (diff) writeFileSync(join(GOLDEN_FAILURES_DIR, `${name}.diff.png`), diff);
}

export function hasReference(name: string): boolean {
  return existsSync(join(GOLDEN_DIR, `${name}.png`));
}

export function writeReference(name: string, png: Buffer): void {
  mkdirSync(GOLDEN_DIR, { recursive: true });
  writeFileSync(join(GOLDEN_DIR, `${name}.png`), png);
}
