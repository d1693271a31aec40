import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isLocale, type Locale, type LocalizedText } from '../common/locale';
import type { LocalizedList } from '../course-modules/course-module.entity';
import {
  courseFileSchema,
  MIN_BANK_QUESTIONS,
  moduleFrontMatterSchema,
  programmeFileSchema,
  questionBankSchema,
  translationFrontMatterSchema,
  type CourseFile,
  type ProgrammeFile,
  type QuestionBank,
} from './content-schema';
import { parseYaml, splitFrontMatter, type ContentIssue } from './yaml-file';

export interface ModuleContent {
  slug: string;
  position: number;
  hours: number;
  title: LocalizedText;
  objectives: LocalizedList;
  body: LocalizedText;
  bank: QuestionBank | null;
  contentHash: string;
}

export interface CourseContent {
  file: CourseFile;
  modules: ModuleContent[];
  contentHash: string;
}

export interface ContentTree {
  programme: ProgrammeFile;
  courses: CourseContent[];
}

export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(`Content has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${issues.map((i) => `  ${i.file}:${i.line}: ${i.message}`).join('\n')}`);
  }
}

/** Every module's English lesson text is at least this many words long. */
export const MIN_LESSON_WORDS = 600;

const MODULE_FILE = /^(\d+)-([a-z0-9-]+)\.md$/;
const TRANSLATION_FILE = /^(\d+)-([a-z0-9-]+)\.([a-z]{2})\.md$/;
const BANK_FILE = /^(\d+)-([a-z0-9-]+)\.questions\.yaml$/;

function sha256(parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/** Words of lesson text: whitespace-separated runs holding a letter or digit (Markdown marks such as # and - are not words). */
export function countWords(markdown: string): number {
  return markdown.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

function read(path: string): string {
  return readFileSync(path, 'utf8').normalize('NFC');
}

/** Reads and validates everything under content/; throws ContentError listing every problem. */
export function readContent(root: string): ContentTree {
  const issues: ContentIssue[] = [];
  const rel = (path: string) => relative(join(root, '..'), path);

  const programmePath = join(root, 'programme.yaml');
  const programme = existsSync(programmePath)
    ? parseYaml(read(programmePath), programmeFileSchema, rel(programmePath), issues)
    : (issues.push({ file: rel(programmePath), line: 1, message: 'file is missing' }), null);

  const coursesDir = join(root, 'courses');
  const courses: CourseContent[] = [];
  const courseDirs = existsSync(coursesDir) ? readdirSync(coursesDir, { withFileTypes: true }).filter((d) => d.isDirectory()) : [];
  for (const dir of courseDirs.map((d) => join(coursesDir, d.name)).sort()) {
    const course = readCourse(dir, rel, issues);
    if (course) courses.push(course);
  }
  const slugs = courses.map((c) => c.file.slug);
  slugs.forEach((slug, i) => {
    if (slugs.indexOf(slug) !== i) issues.push({ file: rel(join(coursesDir, slug, 'course.yaml')), line: 1, message: `course slug "${slug}" is used twice` });
  });
  if (programme) {
    for (const course of courses) {
      if (!programme.components.some((c) => c.code === course.file.component)) {
        issues.push({ file: rel(join(coursesDir, course.file.slug, 'course.yaml')), line: 1, message: `component ${course.file.component} is not in programme.yaml` });
      }
    }
  }
  if (issues.length > 0 || !programme) throw new ContentError(issues);
  return { programme, courses };
}

function readCourse(dir: string, rel: (p: string) => string, issues: ContentIssue[]): CourseContent | null {
  const coursePath = join(dir, 'course.yaml');
  if (!existsSync(coursePath)) {
    issues.push({ file: rel(coursePath), line: 1, message: 'file is missing' });
    return null;
  }
  const courseText = read(coursePath);
  const file = parseYaml(courseText, courseFileSchema, rel(coursePath), issues);
  const modulesDir = join(dir, 'modules');
  const names = existsSync(modulesDir) ? readdirSync(modulesDir).sort() : [];
  const modules: ModuleContent[] = [];
  const before = issues.length;

  for (const name of names) {
    const match = MODULE_FILE.exec(name);
    if (!match) {
      if (!TRANSLATION_FILE.test(name) && !BANK_FILE.test(name)) issues.push({ file: rel(join(modulesDir, name)), line: 1, message: 'unexpected file name (see docs/content-format.md)' });
      continue;
    }
    const stem = `${match[1]}-${match[2]}`;
    const module = readModule(modulesDir, stem, names, rel, issues);
    if (module) modules.push(module);
  }
  for (const name of names) {
    const t = TRANSLATION_FILE.exec(name) ?? BANK_FILE.exec(name);
    if (t && !names.includes(`${t[1]}-${t[2]}.md`)) issues.push({ file: rel(join(modulesDir, name)), line: 1, message: `no module file ${t[1]}-${t[2]}.md for it` });
  }
  if (modules.length === 0) issues.push({ file: rel(modulesDir), line: 1, message: 'a course needs at least one module' });
  const positions = modules.map((m) => m.position);
  const seenSlugs = modules.map((m) => m.slug);
  modules.forEach((m, i) => {
    if (positions.indexOf(m.position) !== i) issues.push({ file: rel(modulesDir), line: 1, message: `position ${m.position} is used by two modules` });
    if (seenSlugs.indexOf(m.slug) !== i) issues.push({ file: rel(modulesDir), line: 1, message: `module slug "${m.slug}" is used twice` });
  });
  if (file) {
    for (const assessment of file.assessments) {
      if (assessment.module && !seenSlugs.includes(assessment.module)) issues.push({ file: rel(coursePath), line: 1, message: `assessment ${assessment.slug}: no module "${assessment.module}"` });
    }
  }
  if (!file || issues.length > before) return null;
  modules.sort((a, b) => a.position - b.position);
  return { file, modules, contentHash: sha256([courseText]) };
}

function readModule(dir: string, stem: string, names: string[], rel: (p: string) => string, issues: ContentIssue[]): ModuleContent | null {
  const path = join(dir, `${stem}.md`);
  const text = read(path);
  const hashParts = [text];
  const split = splitFrontMatter(text);
  if (!split) {
    issues.push({ file: rel(path), line: 1, message: 'front matter (between --- lines) is missing' });
    return null;
  }
  const front = parseYaml(split.frontMatter, moduleFrontMatterSchema, rel(path), issues, 2);
  if (!front) return null;
  const bodyLine = split.frontMatter.split('\n').length + 3;
  const words = countWords(split.body);
  if (words === 0) issues.push({ file: rel(path), line: bodyLine, message: 'lesson text is empty' });
  else if (words < MIN_LESSON_WORDS) issues.push({ file: rel(path), line: bodyLine, message: `lesson text has ${words} words; a module needs at least ${MIN_LESSON_WORDS}` });

  const title: LocalizedText = { en: front.title };
  const objectives: LocalizedList = { en: front.objectives };
  const body: LocalizedText = { en: split.body.trim() };
  for (const name of names) {
    const t = TRANSLATION_FILE.exec(name);
    if (!t || `${t[1]}-${t[2]}` !== stem) continue;
    const tPath = join(dir, name);
    const locale = t[3];
    if (!isLocale(locale) || locale === 'en') {
      issues.push({ file: rel(tPath), line: 1, message: `unknown language "${locale}"` });
      continue;
    }
    const tText = read(tPath);
    hashParts.push(name, tText);
    const tSplit = splitFrontMatter(tText);
    if (!tSplit) {
      issues.push({ file: rel(tPath), line: 1, message: 'front matter (between --- lines) is missing' });
      continue;
    }
    const tFront = parseYaml(tSplit.frontMatter, translationFrontMatterSchema, rel(tPath), issues, 2);
    if (!tFront) continue;
    if (tFront.objectives.length !== front.objectives.length) {
      issues.push({ file: rel(tPath), line: 2, message: `has ${tFront.objectives.length} objectives; the English has ${front.objectives.length}` });
      continue;
    }
    const lang: Locale = locale;
    title[lang] = tFront.title;
    objectives[lang] = tFront.objectives;
    const translated = tSplit.body.trim();
    if (translated) body[lang] = tFront.complete ? translated : `${translated}\n\n---\n\n${body.en}`;
  }

  let bank: QuestionBank | null = null;
  const bankName = `${stem}.questions.yaml`;
  if (!names.includes(bankName)) {
    issues.push({ file: rel(path), line: 1, message: `no question bank: every module needs ${bankName} with at least ${MIN_BANK_QUESTIONS} questions` });
  } else {
    const bankText = read(join(dir, bankName));
    hashParts.push(bankName, bankText);
    bank = parseYaml(bankText, questionBankSchema, rel(join(dir, bankName)), issues);
    if (bank) {
      const ids = bank.questions.map((q) => q.id);
      const dup = ids.find((id, i) => ids.indexOf(id) !== i);
      if (dup) issues.push({ file: rel(join(dir, bankName)), line: 1, message: `question id "${dup}" is used twice` });
    }
  }
  return { slug: front.slug, position: front.position, hours: front.hours, title, objectives, body, bank, contentHash: sha256(hashParts) };
}
