import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../common/paths';
import { ContentError } from '../../content/content-reader';
import { readLogframe } from './logframe-reader';

describe('reading content/indicators.yaml', () => {
  let dir: string;
  const shipped = readFileSync(join(projectRoot(), 'content', 'indicators.yaml'), 'utf8');
  const file = () => join(dir, 'indicators.yaml');

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'corridor-logframe-'));
    copyFileSync(join(projectRoot(), 'content', 'programme.yaml'), join(dir, 'programme.yaml'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The line of the first occurrence of `text` in the shipped file. */
  const lineOf = (text: string) => shipped.split('\n').findIndex((line) => line.includes(text)) + 1;

  it('reads the shipped logframe: eight indicators with names in five languages', () => {
    writeFileSync(file(), shipped);
    const logframe = readLogframe(dir);
    expect(logframe.indicators.map((i) => i.code)).toEqual([
      'leaders-trained',
      'smes-benefiting',
      'bds-providers-trained',
      'women-participants',
      'knowledge-gain',
      'attendance-rate',
      'action-plans-accepted',
      'action-plans-completed',
    ]);
    for (const indicator of logframe.indicators) expect(Object.keys(indicator.name).sort()).toEqual(['en', 'km', 'my', 'th', 'vi']);
    expect(logframe.indicators.find((i) => i.code === 'leaders-trained')).toMatchObject({
      unit: 'PEOPLE',
      target: 38,
      measure: { type: 'COMPLETED_ENROLMENTS', componentCode: 'A' },
    });
    expect(logframe.indicators.find((i) => i.code === 'action-plans-completed')?.measure).toEqual({
      type: 'ACTION_PLANS',
      status: 'ACCEPTED',
      withProgressReports: true,
    });
  });

  it.each([
    ['a YAML syntax error', (s: string) => s.replace('target: 38\n', 'target: [38\n'), /indicators\.yaml:\d+: /],
    [
      'an unknown measure',
      (s: string) => s.replace('type: UNIQUE_SMES_REACHED', 'type: SMES_HAPPY'),
      new RegExp(`indicators\\.yaml:${lineOf('type: UNIQUE_SMES_REACHED')}: indicators\\.1\\.measure\\.type: Invalid discriminator value`),
    ],
    [
      'a measure parameter it does not take',
      (s: string) => s.replace('type: UNIQUE_SMES_REACHED', 'type: UNIQUE_SMES_REACHED\n      status: ACCEPTED'),
      /indicators\.yaml:\d+: indicators\.1\.measure: Unrecognized key\(s\) in object: 'status'/,
    ],
    [
      'a missing translation',
      (s: string) => s.replace(/\n {6}vi: Tỷ lệ nữ[^\n]*/, ''),
      new RegExp(`indicators\\.yaml:${lineOf('en: Share of women among participants')}: indicators\\.3\\.name\\.vi: Required`),
    ],
    [
      'a percentage written as 50',
      (s: string) => s.replace('target: 0.5', 'target: 50'),
      new RegExp(`indicators\\.yaml:${lineOf('target: 0.5')}: indicators\\.3\\.target: a PERCENT figure is a fraction from 0 to 1`),
    ],
    [
      'a unit the measure is not in',
      (s: string) => s.replace('unit: SMES', 'unit: PERCENT'),
      new RegExp(`indicators\\.yaml:${lineOf('unit: SMES')}: indicators\\.1\\.unit: measure UNIQUE_SMES_REACHED is in SMES, not PERCENT`),
    ],
    [
      'a code used twice',
      (s: string) => s.replace('code: bds-providers-trained', 'code: leaders-trained'),
      new RegExp(
        `indicators\\.yaml:${lineOf('code: bds-providers-trained')}: indicators\\.2\\.code: indicator code "leaders-trained" is used twice`,
      ),
    ],
  ])('refuses %s, naming the file and line', (_case, edit, message) => {
    const broken = edit(shipped);
    expect(broken).not.toBe(shipped);
    writeFileSync(file(), broken);
    expect(() => readLogframe(dir)).toThrow(ContentError);
    expect(() => readLogframe(dir)).toThrow(message);
  });

  it('refuses a component programme.yaml does not declare, naming the line', () => {
    const programme = readFileSync(join(dir, 'programme.yaml'), 'utf8');
    writeFileSync(join(dir, 'programme.yaml'), programme.replace(/\n {2}- code: C\n[\s\S]*?(?=\n {2}- code: ME)/, ''));
    writeFileSync(file(), shipped);
    try {
      expect(() => readLogframe(dir)).toThrow(
        new RegExp(
          `indicators\\.yaml:${lineOf('componentCode: C')}: indicators\\.2\\.componentCode: component C is not in programme\\.yaml`,
        ),
      );
      expect(() => readLogframe(dir)).toThrow(
        new RegExp(
          `indicators\\.yaml:${lineOf('componentCode: C') + 3}: indicators\\.2\\.measure\\.componentCode: component C is not in programme\\.yaml`,
        ),
      );
    } finally {
      writeFileSync(join(dir, 'programme.yaml'), programme);
    }
  });

  it('refuses a missing file', () => {
    rmSync(file(), { force: true });
    expect(() => readLogframe(dir)).toThrow(/indicators\.yaml:1: file is missing/);
  });
});
