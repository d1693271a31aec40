import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { Assessment } from '../assessments/assessment.entity';
import { Choice, Question } from '../assessments/question.entity';
import { projectRoot } from '../common/paths';
import { CourseModule } from '../course-modules/course-module.entity';
import { Course } from '../courses/course.entity';
import { migrate, openOrm } from '../database/orm';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { ContentError, readContent } from './content-reader';
import { syncContent } from './content-sync';

async function counts(orm: MikroORM) {
  const em = orm.em.fork();
  return {
    courses: await em.count(Course, {}),
    modules: await em.count(CourseModule, {}),
    assessments: await em.count(Assessment, {}),
    questions: await em.count(Question, {}),
    choices: await em.count(Choice, {}),
  };
}

describe('loading content/', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  let dir: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    orm = await openOrm(db.target);
    await migrate(orm);
    dir = mkdtempSync(join(tmpdir(), 'corridor-content-'));
    cpSync(join(projectRoot(), 'content'), dir, { recursive: true });
  });
  afterAll(async () => {
    await orm.close();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const bank = () => join(dir, 'courses/sme-cluster-development/modules/01-cluster-concepts-and-mapping.questions.yaml');
  const moduleFile = () => join(dir, 'courses/sme-cluster-development/modules/01-cluster-concepts-and-mapping.md');

  it('loads every course, and loading again duplicates nothing', async () => {
    const first = await syncContent(orm.em.fork(), readContent(dir));
    expect(first.courses).toBe(2);
    const before = await counts(orm);
    expect(before.modules).toBeGreaterThanOrEqual(7);
    expect(before.questions).toBeGreaterThanOrEqual(70);
    const again = await syncContent(orm.em.fork(), readContent(dir));
    expect(again.modulesChanged).toBe(0);
    expect(await counts(orm)).toEqual(before);
  });

  it('an edited file updates its module in place and changes its hash', async () => {
    const em = orm.em.fork();
    const module = await em.findOneOrFail(CourseModule, { slug: 'cluster-concepts-and-mapping' });
    const before = { id: module.id, hash: module.contentHash, count: await counts(orm) };
    writeFileSync(moduleFile(), readFileSync(moduleFile(), 'utf8').replace(/^hours: .*$/m, 'hours: 13.5'));
    const summary = await syncContent(orm.em.fork(), readContent(dir));
    expect(summary.modulesChanged).toBe(1);
    const after = await orm.em.fork().findOneOrFail(CourseModule, { slug: 'cluster-concepts-and-mapping' });
    expect(after.id).toBe(before.id);
    expect(after.hours).toBe(13.5);
    expect(after.contentHash).not.toBe(before.hash);
    expect(await counts(orm)).toEqual(before.count);
  });

  it('a question removed from its bank is retired, not deleted', async () => {
    const text = readFileSync(bank(), 'utf8');
    const withoutFirst = text.replace(/\n {2}- id: q01\n[\s\S]*?(?=\n {2}- id: q02)/, '');
    expect(withoutFirst).not.toBe(text);
    writeFileSync(bank(), withoutFirst);
    await syncContent(orm.em.fork(), readContent(dir));
    const q01 = await orm.em.fork().find(Question, { key: 'q01', module: { slug: 'cluster-concepts-and-mapping' } });
    expect(q01.map((q) => q.retired)).toEqual([true]);
    writeFileSync(bank(), text);
    await syncContent(orm.em.fork(), readContent(dir));
    expect((await orm.em.fork().findOneOrFail(Question, { key: 'q01', module: { slug: 'cluster-concepts-and-mapping' } })).retired).toBe(false);
  });

  it.each([
    ['a YAML syntax error', (s: string) => s.replace(/^passScore: .*$/m, 'passScore: [60'), /questions\.yaml:\d+: /],
    [
      'a single-choice question with two right answers',
      (s: string) => `${s.trimEnd()}\n  - id: q99\n    type: single\n    prompt: { en: Which? }\n    choices:\n      - { id: a, label: { en: A }, correct: true }\n      - { id: b, label: { en: B }, correct: true }\n`,
      /questions\.yaml:\d+: questions\.\d+\.choices: a single-choice question needs exactly one correct choice \(has 2\)/,
    ],
  ])('refuses %s, naming the file and line', (_case, edit, message) => {
    const text = readFileSync(bank(), 'utf8');
    writeFileSync(bank(), edit(text));
    try {
      expect(() => readContent(dir)).toThrow(ContentError);
      expect(() => readContent(dir)).toThrow(message);
    } finally {
      writeFileSync(bank(), text);
    }
  });

  it('names the line a YAML syntax error is on, and reports it once', () => {
    const text = readFileSync(bank(), 'utf8');
    const broken = text.replace(/(\n {2}- id: q05\n {4}type: \w+\n)/, '$1    type: single\n');
    expect(broken).not.toBe(text);
    const line = broken.split('\n').findIndex((l, i, all) => l === '    type: single' && all[i - 1].startsWith('    type:')) + 1;
    writeFileSync(bank(), broken);
    try {
      readContent(dir);
      throw new Error('expected a ContentError');
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      const issues = (error as ContentError).issues;
      expect(issues.map((i) => `${i.file}:${i.line}: ${i.message}`)).toEqual([
        expect.stringMatching(new RegExp(`01-cluster-concepts-and-mapping\\.questions\\.yaml:${line}: Map keys must be unique$`)) as unknown,
      ]);
    } finally {
      writeFileSync(bank(), text);
    }
  });

  it.each([
    [
      'a lesson shorter than 600 words',
      moduleFile,
      (s: string) => s.replace(/\n---\n[\s\S]*$/, '\n---\n# Clusters\n\nA short lesson.\n'),
      /01-cluster-concepts-and-mapping\.md:\d+: lesson text has 4 words; a module needs at least 600/,
    ],
    [
      'a question bank of nine questions',
      bank,
      (s: string) => s.slice(0, [...s.matchAll(/\n {2}- id: /g)][9].index) + '\n',
      /01-cluster-concepts-and-mapping\.questions\.yaml:\d+: questions: a question bank needs at least 10 questions/,
    ],
  ])('refuses %s', (_case, path, edit, message) => {
    const text = readFileSync(path(), 'utf8');
    writeFileSync(path(), edit(text));
    try {
      expect(() => readContent(dir)).toThrow(message);
    } finally {
      writeFileSync(path(), text);
    }
  });

  it('refuses a module without a question bank', () => {
    const text = readFileSync(bank(), 'utf8');
    rmSync(bank());
    try {
      expect(() => readContent(dir)).toThrow(/01-cluster-concepts-and-mapping\.md:1: no question bank/);
    } finally {
      writeFileSync(bank(), text);
    }
  });

  it('refuses a module without front matter', () => {
    const text = readFileSync(moduleFile(), 'utf8');
    writeFileSync(moduleFile(), '# Just text\n');
    try {
      expect(() => readContent(dir)).toThrow(/01-cluster-concepts-and-mapping\.md:1: front matter/);
    } finally {
      writeFileSync(moduleFile(), text);
    }
  });
});
