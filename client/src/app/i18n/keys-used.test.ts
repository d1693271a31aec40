import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import en from './locales/en.json';

type Tree = { [key: string]: string | Tree };

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Every key en.json defines, with plural keys also under their base name (t('x', { count }) reads x_one, x_other). */
function definedKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object') return definedKeys(value, path);
    return pluralSuffix.test(path) ? [path, path.replace(pluralSuffix, '')] : [path];
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const literal = String.raw`(?:'([^'$\n]+)'|"([^"$\n]+)")`;
/**
 * Literal keys passed to t(…) or i18n.t(…), both keys of t(cond ? 'a' : 'b'), and
 * <Trans i18nKey="…">. Keys built at run time (t(`problems.${reason}`)) are not seen here; the
 * code that builds them checks them against en.json (see app/errors/server-message.ts).
 */
const KEY_USES = [
  new RegExp(String.raw`\bt\(\s*${literal}`, 'g'),
  new RegExp(String.raw`\bt\(\s*[\w.!]+\s*\?\s*${literal}\s*:\s*${literal}`, 'g'),
  new RegExp(String.raw`i18nKey=\{?${literal}`, 'g'),
];

function keysIn(text: string): string[] {
  return KEY_USES.flatMap((pattern) =>
    [...text.matchAll(pattern)].flatMap((match) => match.slice(1).filter((group): group is string => !!group)),
  );
}

describe('translation keys used in the client', () => {
  const srcDir = join(__dirname, '..', '..');

  it('are found in the ways the code writes them', () => {
    const sample = [
      "t('common.save')",
      'i18n.t("errors.generic", { count })',
      "t(done ? 'a.done' : 'a.pending', { name })",
      '<Trans i18nKey="home.welcome" />',
      't(`import.errors.${kind}`)',
      "format('not.a.key')",
    ].join('\n');
    expect(keysIn(sample).sort()).toEqual(['a.done', 'a.pending', 'common.save', 'errors.generic', 'home.welcome']);
  });

  it('all exist in en.json (and so, by the locale file tests, in every language)', () => {
    expect(existsSync(join(srcDir, 'main.tsx'))).toBe(true);
    const defined = new Set(definedKeys(en));
    const uses = sourceFiles(srcDir).flatMap((file) =>
      keysIn(readFileSync(file, 'utf8')).map((key) => ({ file: relative(srcDir, file), key })),
    );
    expect(uses.length).toBeGreaterThan(100);
    expect(uses.filter((use) => !defined.has(use.key)).map((use) => `${use.file}: ${use.key}`)).toEqual([]);
  });
});
