import type { EntityManager } from '@mikro-orm/core';
import { Assessment } from '../assessments/assessment.entity';
import { Choice, Question, QuestionType } from '../assessments/question.entity';
import { AssessmentKind } from '../common/enums';
import { CourseModule } from '../course-modules/course-module.entity';
import { Course } from '../courses/course.entity';
import { Component, Programme } from '../programmes/programme.entity';
import type { ContentTree, CourseContent, ModuleContent } from './content-reader';

export interface SyncSummary {
  courses: number;
  modulesChanged: number;
}

/**
 * Brings the database in line with content/, matching by slug and id so a restart after an edit
 * updates in place. Modules, questions and assessments that leave the files are retired, not
 * deleted: results recorded against them stay meaningful.
 */
export async function syncContent(em: EntityManager, tree: ContentTree): Promise<SyncSummary> {
  return em.transactional(async (tx) => {
    const programme = await upsertProgramme(tx, tree);
    let modulesChanged = 0;
    for (const course of tree.courses) modulesChanged += await syncCourse(tx, programme, course);
    return { courses: tree.courses.length, modulesChanged };
  });
}

async function upsertProgramme(em: EntityManager, tree: ContentTree): Promise<Programme> {
  const file = tree.programme;
  const programme = (await em.findOne(Programme, { slug: file.slug }, { populate: ['components'] })) ?? em.create(Programme, new Programme(file.slug, file.title, file.institute));
  programme.title = file.title;
  programme.institute = file.institute;
  programme.donor = file.donor ?? null;
  programme.startsOn = file.startsOn ?? null;
  programme.endsOn = file.endsOn ?? null;
  programme.serialPrefix = file.certificates?.serialPrefix ?? file.slug.toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 10);
  programme.signatories = file.certificates?.signatories ?? [];
  for (const c of file.components) {
    const existing = programme.components.getItems().find((x) => x.code === c.code);
    if (existing) existing.title = c.title;
    else programme.components.add(new Component(em.getReference(Programme, programme.id, { wrapped: true }), c.code, c.title));
  }
  await em.flush();
  return programme;
}

async function syncCourse(em: EntityManager, programme: Programme, content: CourseContent): Promise<number> {
  const file = content.file;
  const component = programme.components.getItems().find((c) => c.code === file.component);
  if (!component) throw new Error(`component ${file.component} missing`);
  const rules = file.completion;
  let course = await em.findOne(Course, { slug: file.slug });
  if (!course) {
    course = new Course(file.slug, em.getReference(Component, component.id, { wrapped: true }), file.title, file.summary, rules, content.contentHash);
    em.persist(course);
  }
  course.component = em.getReference(Component, component.id, { wrapped: true });
  course.title = file.title;
  course.summary = file.summary;
  course.completionRules = rules;
  course.contentHash = content.contentHash;

  const modules = await em.find(CourseModule, { course });
  let changed = 0;
  const kept = new Set<string>();
  for (const moduleContent of content.modules) {
    let module = modules.find((m) => m.slug === moduleContent.slug);
    if (!module) {
      module = new CourseModule(em.getReference(Course, course.id, { wrapped: true }), moduleContent.slug);
      em.persist(module);
    }
    kept.add(module.id);
    if (module.contentHash !== moduleContent.contentHash || module.retired) changed += 1;
    module.retired = false;
    module.position = moduleContent.position;
    module.hours = moduleContent.hours;
    module.title = moduleContent.title;
    module.objectives = moduleContent.objectives;
    module.body = moduleContent.body;
    module.contentHash = moduleContent.contentHash;
    await syncQuestions(em, module, moduleContent);
  }
  for (const module of modules) {
    if (!kept.has(module.id) && !module.retired) {
      module.retired = true;
      // Free the position for the modules that remain.
      module.position = -Math.abs(module.position) - 1000;
      changed += 1;
    }
  }
  await em.flush();
  await syncAssessments(em, course, content);
  await em.flush();
  return changed;
}

async function syncQuestions(em: EntityManager, module: CourseModule, content: ModuleContent): Promise<void> {
  const existing = await em.find(Question, { module }, { populate: ['choices'] });
  const bank = content.bank?.questions ?? [];
  bank.forEach((q, index) => {
    let question: Question | undefined = existing.find((x) => x.key === q.id);
    if (!question) {
      question = new Question(em.getReference(CourseModule, module.id, { wrapped: true }), q.id, q.type as QuestionType, index + 1, q.prompt);
      em.persist(question);
    }
    question.type = q.type as QuestionType;
    question.position = index + 1;
    question.prompt = q.prompt;
    question.retired = false;
    const choices = question.choices.isInitialized() ? question.choices.getItems() : [];
    q.choices.forEach((c, position) => {
      const choice = choices.find((x) => x.key === c.id);
      if (choice) {
        choice.position = position + 1;
        choice.label = c.label;
        choice.correct = c.correct;
      } else {
        question.choices.add(new Choice(em.getReference(Question, question.id, { wrapped: true }), c.id, position + 1, c.label, c.correct));
      }
    });
    for (const choice of choices) if (!q.choices.some((c) => c.id === choice.key)) em.remove(choice);
  });
  for (const question of existing) if (!bank.some((q) => q.id === question.key)) question.retired = true;
}

async function syncAssessments(em: EntityManager, course: Course, content: CourseContent): Promise<void> {
  const modules = await em.find(CourseModule, { course, retired: false }, { orderBy: { position: 'asc' } });
  const existing = await em.find(Assessment, { module: { course } });
  const wanted: { module: CourseModule; slug: string; kind: AssessmentKind; title: Assessment['title']; maxScore: number; passScore: number; maxAttempts: number; rubric: Assessment['rubric'] }[] = [];
  for (const moduleContent of content.modules) {
    const module = modules.find((m) => m.slug === moduleContent.slug);
    if (!module || !moduleContent.bank) continue;
    const pass = moduleContent.bank.passScore;
    wanted.push({ module, slug: 'pre-test', kind: AssessmentKind.PRE_TEST, title: { en: 'Pre-test', km: 'តេស្តមុនវគ្គ', my: 'သင်တန်းမတိုင်မီစစ်ဆေးမှု', th: 'แบบทดสอบก่อนเรียน', vi: 'Kiểm tra đầu vào' }, maxScore: 100, passScore: pass, maxAttempts: 1, rubric: null });
    wanted.push({ module, slug: 'post-test', kind: AssessmentKind.POST_TEST, title: { en: 'Post-test', km: 'តេស្តក្រោយវគ្គ', my: 'သင်တန်းပြီးစစ်ဆေးမှု', th: 'แบบทดสอบหลังเรียน', vi: 'Kiểm tra cuối khoá' }, maxScore: 100, passScore: pass, maxAttempts: content.file.completion.postTestAttempts, rubric: null });
  }
  for (const a of content.file.assessments) {
    const module = (a.module && modules.find((m) => m.slug === a.module)) || modules[modules.length - 1];
    wanted.push({ module, slug: a.slug, kind: a.kind as AssessmentKind, title: a.title, maxScore: a.maxScore, passScore: a.passScore, maxAttempts: 1, rubric: a.rubric });
  }
  const kept = new Set<string>();
  for (const w of wanted) {
    let assessment = existing.find((x) => x.slug === w.slug && (x.module.id === w.module.id || w.kind === AssessmentKind.ASSIGNMENT || w.kind === AssessmentKind.ACTION_PLAN));
    if (!assessment) {
      assessment = new Assessment(em.getReference(CourseModule, w.module.id, { wrapped: true }), w.slug, w.kind, w.title, w.maxScore, w.passScore);
      em.persist(assessment);
    }
    assessment.module = em.getReference(CourseModule, w.module.id, { wrapped: true });
    assessment.kind = w.kind;
    assessment.title = w.title;
    assessment.maxScore = w.maxScore;
    assessment.passScore = w.passScore;
    assessment.maxAttempts = w.maxAttempts;
    assessment.rubric = w.rubric;
    assessment.retired = false;
    kept.add(assessment.id);
  }
  for (const assessment of existing) if (!kept.has(assessment.id)) assessment.retired = true;
}
