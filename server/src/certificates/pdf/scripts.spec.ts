import { breakOpportunities, scriptOf, scriptRuns } from './scripts';

const pieces = (text: string, runs: { script: string; start: number; end: number }[]) =>
  runs.map((r) => [r.script, text.slice(r.start, r.end)]);

describe('scriptOf', () => {
  it.each([
    ['ក', 'khmer'],
    ['᧠', 'khmer'],
    ['မ', 'myanmar'],
    ['ꩠ', 'myanmar'],
    ['ꧠ', 'myanmar'],
    ['ก', 'thai'],
    ['ễ', 'latin'],
    ['A', 'latin'],
    [' ', null],
    ['-', null],
    ['7', null],
    ['\u0301', null],
    ['\u200b', null],
  ])('%s is %s', (char, script) => {
    expect(scriptOf(char.codePointAt(0)!)).toBe(script);
  });
});

describe('scriptRuns', () => {
  it('keeps a space between words of one script in that script', () => {
    const text = 'ចាន់ សុខា';
    expect(pieces(text, scriptRuns(text))).toEqual([['khmer', 'ចាន់ សុខា']]);
  });

  it('splits mixed text by script; neutral characters join the run before them', () => {
    const text = 'Chan Sokha (ចាន់ សុខា), 2016';
    expect(pieces(text, scriptRuns(text))).toEqual([
      ['latin', 'Chan Sokha ('],
      ['khmer', 'ចាន់ សុខា), 2016'],
    ]);
  });

  it('moves a neutral character the script font lacks to a Latin run', () => {
    const text = 'รุ่งนภา (2016)';
    const covers = (_script: string, codePoint: number) => codePoint !== '('.codePointAt(0) && codePoint !== ')'.codePointAt(0);
    expect(pieces(text, scriptRuns(text, covers))).toEqual([
      ['thai', 'รุ่งนภา '],
      ['latin', '('],
      ['thai', '2016'],
      ['latin', ')'],
    ]);
  });

  it('gives leading neutral characters to the first script', () => {
    const text = '1. မြန်မာ';
    expect(pieces(text, scriptRuns(text))).toEqual([['myanmar', '1. မြန်မာ']]);
  });

  it('is Latin for text with no script at all', () => {
    expect(pieces('2016', scriptRuns('2016'))).toEqual([['latin', '2016']]);
  });
});

describe('breakOpportunities', () => {
  const lines = (text: string) => {
    const breaks = [0, ...breakOpportunities(text), text.length];
    return breaks.slice(1).map((end, i) => text.slice(breaks[i], end));
  };

  it('breaks Latin text after spaces only, and between hyphenated words', () => {
    expect(lines('Export procedures and trade-facilitation SEC-2016-A-0007')).toEqual([
      'Export ',
      'procedures ',
      'and ',
      'trade-',
      'facilitation ',
      'SEC-2016-A-0007',
    ]);
  });

  it('breaks Thai between dictionary words', () => {
    expect(lines('ได้เข้าร่วมการฝึกอบรม')).toEqual(['ได้', 'เข้า', 'ร่วม', 'การ', 'ฝึก', 'อบรม']);
  });

  it('breaks Khmer between dictionary words', () => {
    expect(lines('សមត្ថភាពប្រកួតប្រជែង')).toEqual(['សមត្ថភាព', 'ប្រកួតប្រជែង']);
  });

  it('breaks Myanmar between dictionary words', () => {
    expect(lines('လုပ်ငန်းများ')).toEqual(['လုပ်ငန်း', 'များ']);
  });

  it('breaks a Thai name at its space and where the dictionary finds words', () => {
    expect(lines('รุ่งนภา แก้วคำ')).toEqual(['รุ่ง', 'นภา ', 'แก้ว', 'คำ']);
  });
});
