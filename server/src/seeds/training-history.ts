import { randomUUID } from 'node:crypto';
import { ref, type EntityManager } from '@mikro-orm/core';
import { ActionPlan, ProgressReport, type PlannedActivity, type PlannedSme } from '../action-plans/action-plan.entity';
import { AssessmentResult, type QuizAnswers } from '../assessments/assessment-result.entity';
import { Assessment } from '../assessments/assessment.entity';
import { QuestionResponse } from '../assessments/question-response.entity';
import { Question, QuestionType } from '../assessments/question.entity';
import { AttendanceRecord } from '../attendance/attendance-record.entity';
import { ChangeRecord } from '../audit/change-record.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { ActionPlanStatus, AssessmentKind, AttendanceStatus, EnrolmentStatus } from '../common/enums';
import { CourseModule } from '../course-modules/course-module.entity';
import { Course, type CompletionRules } from '../courses/course.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import type { Person } from '../people/person.entity';
import { TrainingSession } from '../training-sessions/training-session.entity';
import type { User } from '../users/user.entity';
import { addDays, regionDate, regionTime, resolveDates, type CohortRow, type ShortfallReason } from './cohorts-file';
import { Rng } from './prng';
import { ATTENDANCE_NOTES, fill, storyFor, type CourseStory } from './story-text';

/**
 * Generates the training history of the demo programme from seeds/cohorts.yaml: cohorts, sessions,
 * enrolments and their decisions, attendance sheets, test answers and scores, trainer scores,
 * action plans and progress reports. Everything random comes from named deterministic streams.
 *
 * The records respect the rules the API enforces: attendance only for sessions that have ended,
 * a module's pre-test taken before its first session ends, its post-test between the start of its
 * last session and 7 days after that session ends, and enrolment statuses that match the course's
 * completion rules applied to the generated records.
 */

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/** How long a post-test stays open after a module's last session ends (the API's window). */
const POST_TEST_OPEN_DAYS = 7;
const ATTENDED: readonly AttendanceStatus[] = [AttendanceStatus.PRESENT, AttendanceStatus.LATE];

export interface HistorySummary {
  cohorts: number;
  sessions: number;
  enrolments: number;
  attendance: number;
  results: number;
  /** Question responses of the seeded pre- and post-tests (item analysis). */
  responses: number;
  actionPlans: number;
  progressReports: number;
  changes: number;
  smesReached: number;
}

export interface HistoryContext {
  now: Date;
  people: ReadonlyMap<string, Person>;
  /** By lower-case email. */
  users: ReadonlyMap<string, User>;
  /** Decides on enrolments. */
  coordinator: User | null;
}

interface BankQuestion {
  id: string;
  multiple: boolean;
  /** Choice ids in position order. */
  correct: string[];
  wrong: string[];
  /** 0 (easy) .. 1 (hard) before the training, fixed per question so gains per question are consistent. */
  before: number;
  /** … and after it: a question the module teaches well becomes easy, one it teaches poorly does not. */
  after: number;
}

/** How far a question's difficulty after the training follows how well it is taught rather than how hard it was. */
const TEACHING_WEIGHT = 0.65;

interface ModuleData {
  module: CourseModule;
  pre: Assessment | null;
  post: Assessment | null;
  questions: BankQuestion[];
}

interface CourseData {
  course: Course;
  rules: CompletionRules;
  /** In course order. */
  modules: ModuleData[];
  assignment: Assessment | null;
  actionPlan: Assessment | null;
  story: CourseStory;
}

/** The courses, modules, tests and question banks that content sync loaded, by course slug. */
async function loadCourses(em: EntityManager, slugs: string[]): Promise<Map<string, CourseData>> {
  const courses = await em.find(Course, { slug: { $in: slugs } });
  const modules = await em.find(CourseModule, { course: { $in: courses.map((c) => c.id) }, retired: false }, { orderBy: { position: 'asc' } });
  const moduleIds = modules.map((m) => m.id);
  const assessments = await em.find(Assessment, { module: { $in: moduleIds }, retired: false });
  const questions = await em.find(Question, { module: { $in: moduleIds }, retired: false }, { populate: ['choices'], orderBy: { position: 'asc' } });

  const result = new Map<string, CourseData>();
  for (const course of courses) {
    const own = modules.filter((m) => m.course.id === course.id);
    const ownIds = new Set(own.map((m) => m.id));
    const ownAssessments = assessments.filter((a) => ownIds.has(a.module.id));
    result.set(course.slug, {
      course,
      rules: course.completionRules,
      modules: own.map((module) => ({
        module,
        pre: ownAssessments.find((a) => a.module.id === module.id && a.kind === AssessmentKind.PRE_TEST) ?? null,
        post: ownAssessments.find((a) => a.module.id === module.id && a.kind === AssessmentKind.POST_TEST) ?? null,
        questions: questions
          .filter((q) => q.module.id === module.id)
          .map((q) => {
            const choices = q.choices.getItems().sort((a, b) => a.position - b.position);
            const before = Rng.named(course.slug, module.slug, q.key, 'difficulty').float();
            const teaching = Rng.named(course.slug, module.slug, q.key, 'teaching').float();
            return {
              id: q.id,
              multiple: q.type === QuestionType.MULTIPLE,
              correct: choices.filter((c) => c.correct).map((c) => c.id),
              wrong: choices.filter((c) => !c.correct).map((c) => c.id),
              before,
              after: (1 - TEACHING_WEIGHT) * before + TEACHING_WEIGHT * (1 - teaching),
            };
          }),
      })),
      assignment: ownAssessments.find((a) => a.kind === AssessmentKind.ASSIGNMENT) ?? null,
      actionPlan: ownAssessments.find((a) => a.kind === AssessmentKind.ACTION_PLAN) ?? null,
      story: storyFor(course.slug),
    });
  }
  return result;
}

/** The test score the API gives: percent of questions exactly right, one decimal. */
export function quizScore(correct: number, total: number): number {
  return total ? Math.round((1000 * correct) / total) / 10 : 0;
}

/** The fewest right answers that reach the pass mark. */
function passCount(total: number, passScore: number): number {
  for (let k = 0; k <= total; k += 1) if (quizScore(k, total) >= passScore) return k;
  return total;
}

/** Answers with exactly `right` questions right: the easiest for this person at that point, with some noise. */
function answersFor(questions: BankQuestion[], right: number, rng: Rng, phase: 'before' | 'after'): QuizAnswers {
  // One draw per question, so the stream does not depend on how many comparisons the sort makes.
  const felt = new Map(questions.map((q) => [q.id, q[phase] + rng.normal(0, 0.2)]));
  const ranked = [...questions].sort((a, b) => felt.get(a.id)! - felt.get(b.id)!);
  const rightIds = new Set(ranked.slice(0, right).map((q) => q.id));
  const answers: QuizAnswers = {};
  for (const q of questions) {
    if (rightIds.has(q.id)) answers[q.id] = [...q.correct];
    else if (!q.multiple) answers[q.id] = q.wrong.length ? [rng.pick(q.wrong)] : [];
    else if (q.correct.length >= 2 && (rng.chance(0.6) || !q.wrong.length)) answers[q.id] = q.correct.filter((id) => id !== rng.pick(q.correct));
    else answers[q.id] = [...q.correct, ...(q.wrong.length ? [rng.pick(q.wrong)] : [])].filter((id, i, all) => all.indexOf(id) === i);
    // A wrong answer must really be wrong: fall back to leaving the question unanswered.
    if (!rightIds.has(q.id) && sameSet(answers[q.id], q.correct)) answers[q.id] = [];
  }
  return answers;
}

/** The question_response rows of one answer sheet, inserted in bulk once its result is flushed. */
interface ResponseRow {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  result: string;
  question: string;
  correct: boolean;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const minutes = (n: number) => n * MINUTE_MS;
const at = (time: number) => new Date(time);

interface SessionRow {
  entity: TrainingSession;
  moduleSlug: string;
}

interface PersonOutcome {
  shortfall: ShortfallReason | null;
  /** The module of a post-test shortfall or retake. */
  module: string | null;
  retake: boolean;
}

export async function seedTrainingHistory(em: EntityManager, rows: readonly CohortRow[], context: HistoryContext): Promise<HistorySummary> {
  const courses = await loadCourses(em, [...new Set(rows.map((row) => row.course))]);
  const summary: HistorySummary = { cohorts: 0, sessions: 0, enrolments: 0, attendance: 0, results: 0, responses: 0, actionPlans: 0, progressReports: 0, changes: 0, smesReached: 0 };
  for (const row of rows) {
    const course = courses.get(row.course);
    if (!course) throw new Error(`seeds/cohorts.yaml: ${row.key} names course ${row.course}, which content/ did not load`);
    const responses: ResponseRow[] = [];
    seedCohort(em, row, course, context, summary, responses);
    // One flush per cohort keeps the unit of work small and the inserts batched.
    await em.flush();
    // Thousands of plain rows: one multi-row insert, no unit-of-work bookkeeping.
    if (responses.length) await em.insertMany(QuestionResponse, responses);
    summary.responses += responses.length;
  }
  return summary;
}

function seedCohort(em: EntityManager, row: CohortRow, data: CourseData, context: HistoryContext, summary: HistorySummary, responses: ResponseRow[]): void {
  const { now } = context;
  const today = regionDate(now);
  const dates = resolveDates(row, now);
  const rules = data.rules;
  const story = data.story;
  const person = (key: string) => {
    const found = context.people.get(key);
    if (!found) throw new Error(`seeds/cohorts.yaml: ${row.key} names unknown person ${key}`);
    return found;
  };
  const trainers = row.trainers.map((email) => {
    const user = context.users.get(email.toLowerCase());
    if (!user) throw new Error(`seeds/cohorts.yaml: ${row.key} names unknown trainer ${email}`);
    return user;
  });
  const coordinator = context.coordinator ? ref(context.coordinator) : null;
  const stamp = <T extends { createdAt: Date; updatedAt: Date }>(entity: T, created: Date, updated = created): T => {
    entity.createdAt = created;
    entity.updatedAt = updated;
    return entity;
  };
  const notAfterNow = (time: Date) => (time > now ? new Date(now.getTime() - minutes(5)) : time);

  // --- The cohort and its sessions -------------------------------------------------------------
  const opensOn = dates.opensOn ?? addDays(dates.startsOn, -60);
  const closesOn = dates.closesOn ?? addDays(dates.startsOn, -1);
  const cohort = new Cohort(ref(data.course), row.title, dates.startsOn, dates.endsOn, row.capacity);
  cohort.venue = row.venue ?? null;
  cohort.language = row.language;
  cohort.enrolmentOpensOn = dates.opensOn;
  cohort.enrolmentClosesOn = dates.closesOn;
  for (const trainer of trainers) cohort.trainers.add(trainer);
  stamp(cohort, notAfterNow(regionTime(addDays(opensOn, -7), '10:00')));
  em.persist(cohort);
  summary.cohorts += 1;

  const sessions: SessionRow[] = dates.sessions.map((s) => {
    const module = data.modules.find((m) => m.module.slug === s.module);
    if (!module) throw new Error(`seeds/cohorts.yaml: ${row.key} has a session of unknown module ${s.module}`);
    const entity = stamp(new TrainingSession(ref(cohort), ref(module.module), s.startsAt, s.endsAt), cohort.createdAt);
    entity.venue = row.venue ?? null;
    em.persist(entity);
    return { entity, moduleSlug: s.module };
  });
  summary.sessions += sessions.length;
  const ended = sessions.filter((s) => s.entity.endsAt <= now);
  const trainerOf = (index: number) => ref(trainers[index % trainers.length]);

  const change = (enrolment: Enrolment, personId: string, action: string, when: Date, before: Record<string, unknown> | null, after: Record<string, unknown>) => {
    // personId is passed along for a ChangeRecord that keeps it; one that does not ignores it.
    const fields = { actor: coordinator, subjectType: 'enrolment', subjectId: enrolment.id, cohortId: cohort.id, personId, action, before, after, at: when };
    em.persist(new ChangeRecord(fields));
    summary.changes += 1;
  };

  // --- Enrolments and their decisions ----------------------------------------------------------
  const lastApplicationDay = today < closesOn ? addDays(today, -1) : closesOn;
  const span = Math.max(0, Math.round((Date.parse(lastApplicationDay) - Date.parse(opensOn)) / DAY_MS));
  const appliedAt = (rng: Rng) => notAfterNow(new Date(regionTime(addDays(opensOn, rng.int(0, span)), '08:00').getTime() + minutes(rng.int(0, 9 * 60))));
  const decidedAfter = (applied: Date, rng: Rng) => {
    const latest = Math.min(regionTime(addDays(closesOn, 3), '17:00').getTime(), now.getTime() - HOUR_MS);
    return at(clamp(applied.getTime() + rng.int(2, 8) * DAY_MS + minutes(rng.int(-120, 120)), applied.getTime() + HOUR_MS, Math.max(latest, applied.getTime() + HOUR_MS)));
  };
  const enrol = (key: string, status: EnrolmentStatus, fields: { motivation?: string; reason?: string }) => {
    const rng = Rng.named(row.key, key, 'enrolment');
    const p = person(key);
    const enrolment = new Enrolment(ref(cohort), ref(p));
    enrolment.motivation = fields.motivation ?? null;
    const applied = appliedAt(rng);
    stamp(enrolment, applied);
    em.persist(enrolment);
    summary.enrolments += 1;
    if (status === EnrolmentStatus.PENDING) return enrolment;

    const decidedAt = decidedAfter(applied, rng);
    enrolment.decidedBy = coordinator;
    enrolment.decidedAt = decidedAt;
    enrolment.updatedAt = decidedAt;
    const decision = status === EnrolmentStatus.WITHDRAWN ? EnrolmentStatus.APPROVED : status;
    enrolment.status = decision;
    if (decision !== EnrolmentStatus.APPROVED) enrolment.reason = fields.reason ?? null;
    change(enrolment, p.id, decision.toLowerCase(), decidedAt, { status: EnrolmentStatus.PENDING }, { status: decision, ...(decision === EnrolmentStatus.APPROVED ? {} : { reason: fields.reason ?? null }) });
    if (status === EnrolmentStatus.WITHDRAWN) {
      const withdrawnAt = notAfterNow(at(Math.max(decidedAt.getTime() + HOUR_MS, regionTime(addDays(dates.startsOn, -rng.int(3, 10)), '11:00').getTime())));
      enrolment.status = EnrolmentStatus.WITHDRAWN;
      enrolment.reason = fields.reason ?? null;
      enrolment.updatedAt = withdrawnAt;
      change(enrolment, p.id, 'withdrawn', withdrawnAt, { status: EnrolmentStatus.APPROVED }, { status: EnrolmentStatus.WITHDRAWN, reason: fields.reason ?? null });
    }
    return enrolment;
  };

  const e = row.enrolments;
  const approved = e.approved.map((key) => ({ key, enrolment: enrol(key, EnrolmentStatus.APPROVED, {}) }));
  for (const x of e.pending) enrol(x.person, EnrolmentStatus.PENDING, { motivation: x.motivation });
  for (const x of e.waitlisted) enrol(x.person, EnrolmentStatus.WAITLISTED, { reason: x.reason });
  for (const x of e.rejected) enrol(x.person, EnrolmentStatus.REJECTED, { reason: x.reason });
  for (const x of e.withdrawn) enrol(x.person, EnrolmentStatus.WITHDRAWN, { reason: x.reason });

  // --- What happened to each approved person ----------------------------------------------------
  const completedCohort = row.outcomes?.default === 'completed';
  const lastModule = data.modules.filter((m) => sessions.some((s) => s.moduleSlug === m.module.slug)).at(-1)?.module.slug ?? null;
  const outcomeOf = (key: string): PersonOutcome => {
    const shortfall = row.outcomes?.shortfalls.find((s) => s.person === key);
    if (shortfall) return { shortfall: shortfall.reason, module: shortfall.module ?? lastModule, retake: false };
    const retake = row.outcomes?.retakes.find((r) => r.person === key);
    if (retake) return { shortfall: null, module: retake.module ?? lastModule, retake: true };
    return { shortfall: null, module: null, retake: false };
  };
  const scheduled = sessions.filter((s) => !s.entity.cancelled).length;
  /** The most sessions one can miss and still reach the attendance rule, over the whole cohort. */
  let allowedMisses = 0;
  while (allowedMisses + 1 <= scheduled && (scheduled - allowedMisses - 1) / scheduled >= rules.minAttendanceRate) allowedMisses += 1;
  /** The fewest misses that fall short of it. */
  const shortfallMisses = Math.min(ended.length, allowedMisses + 1);

  approved.forEach(({ key, enrolment }) => {
    const p = person(key);
    const outcome = outcomeOf(key);
    const ability = Rng.named(row.key, key, 'ability').normal(0, 1);

    // Attendance: only sessions that have ended have a sheet.
    const rngA = Rng.named(row.key, key, 'attendance');
    const misses = outcome.shortfall === 'attendance' ? shortfallMisses : rngA.chance(completedCohort ? 0.3 : 0.2) ? Math.min(1, allowedMisses) : 0;
    const missed = new Set(rngA.sample(ended, Math.min(misses, ended.length)).map((s) => s.entity.id));
    let attended = 0;
    ended.forEach((s, index) => {
      let status = AttendanceStatus.PRESENT;
      if (missed.has(s.entity.id)) status = rngA.chance(0.5) ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT;
      else if (rngA.chance(0.07)) status = AttendanceStatus.LATE;
      const record = new AttendanceRecord(ref(s.entity), ref(enrolment), status);
      const notes = ATTENDANCE_NOTES[status];
      record.note = notes.length ? rngA.pick(notes) : null;
      record.recordedBy = trainerOf(index);
      stamp(record, at(s.entity.startsAt.getTime() + minutes(rngA.int(20, 50))));
      em.persist(record);
      summary.attendance += 1;
      if (ATTENDED.includes(status)) attended += 1;
    });

    // Tests: a pre-test once a module's first session has begun, a post-test once its last has ended.
    const rngT = Rng.named(row.key, key, 'tests');
    const bestPost = new Map<string, number>();
    for (const m of data.modules) {
      const own = sessions.filter((s) => s.moduleSlug === m.module.slug && !s.entity.cancelled).map((s) => s.entity);
      if (!own.length || !m.questions.length) continue;
      const first = own[0];
      const last = own[own.length - 1];
      const total = m.questions.length;
      const take = (assessment: Assessment, attempt: number, right: number, takenAt: Date) => {
        const score = quizScore(right, total);
        const result = new AssessmentResult(ref(enrolment), ref(assessment), score, score >= assessment.passScore);
        result.attempt = attempt;
        // Answers draw from their own stream, so how a sheet is filled in never shifts the scores drawn after it.
        const rngAnswers = Rng.named(row.key, key, m.module.slug, assessment.kind, String(attempt), 'answers');
        const answers = answersFor(m.questions, right, rngAnswers, assessment.kind === AssessmentKind.PRE_TEST ? 'before' : 'after');
        result.answers = answers;
        stamp(result, takenAt);
        em.persist(result);
        for (const q of m.questions) {
          responses.push({ id: randomUUID(), createdAt: takenAt, updatedAt: takenAt, result: result.id, question: q.id, correct: sameSet(answers[q.id], q.correct) });
        }
        summary.results += 1;
        return score;
      };
      if (m.pre && first.startsAt <= now) {
        const right = clamp(Math.round(total * rngT.normal(0.47 + 0.07 * ability, 0.09)), 1, total - 2);
        take(m.pre, 1, right, at(Math.min(first.startsAt.getTime() + minutes(rngT.int(5, 40)), first.endsAt.getTime() - minutes(5))));
      }
      const post = m.post;
      if (post && last.endsAt <= now) {
        const pass = passCount(total, post.passScore);
        const failing = () => clamp(pass - rngT.int(1, 3), 1, pass - 1);
        const passing = clamp(Math.round(total * rngT.normal(0.8 + 0.06 * ability, 0.07)), pass, total);
        const allowed = Math.max(post.maxAttempts, rules.postTestAttempts);
        const thisModule = outcome.module === m.module.slug;
        // Falling short: every allowed attempt a little better than the last, none reaching the pass mark.
        const fallingShort = () => {
          const tries = [clamp(pass - rngT.int(2, 4), 1, pass - 1)];
          while (tries.length < allowed) tries.push(Math.min(pass - 1, tries[tries.length - 1] + rngT.int(1, 2)));
          return tries;
        };
        const attempts = outcome.shortfall === 'post-test' && thisModule ? fallingShort() : outcome.retake && thisModule ? [failing(), passing] : [passing];
        const firstTry = at(Math.max(last.startsAt.getTime(), last.endsAt.getTime() - minutes(rngT.int(20, 60))));
        let best = 0;
        attempts.forEach((right, i) => {
          const takenAt = i === 0 ? firstTry : at(Math.min(last.endsAt.getTime() + (i + rngT.float()) * 2 * DAY_MS, last.endsAt.getTime() + POST_TEST_OPEN_DAYS * DAY_MS - HOUR_MS, now.getTime() - minutes(5)));
          best = Math.max(best, take(post, i + 1, right, takenAt));
        });
        bestPost.set(m.module.slug, best);
      }
    }

    // Trainer-scored work, action plans and what came of them.
    const rngP = Rng.named(row.key, key, 'plan');
    const reviewer = rngP.pick(trainers);
    const listed = row.actionPlans.find((plan) => plan.person === key);
    const planStatus = completedCohort ? (outcome.shortfall === 'action-plan' ? ActionPlanStatus.RETURNED : ActionPlanStatus.ACCEPTED) : (listed?.status ?? null);
    const endedAt = sessions[sessions.length - 1].entity.endsAt;
    if (completedCohort && data.assignment) {
      const a = data.assignment;
      const score = clamp(Math.round(rngP.normal(a.maxScore * (0.75 + 0.06 * ability), a.maxScore * 0.08)), Math.ceil(a.passScore), a.maxScore);
      const result = new AssessmentResult(ref(enrolment), ref(a), score, score >= a.passScore);
      result.feedback = rngP.pick(story.assignmentFeedback);
      result.gradedBy = ref(reviewer);
      stamp(result, at(endedAt.getTime() + rngP.int(5, 12) * DAY_MS));
      em.persist(result);
      summary.results += 1;
    }
    let planAccepted = false;
    let lastChange = endedAt;
    if (planStatus) {
      const plan = new ActionPlan(ref(enrolment), fill(rngP.pick(story.objectives), { province: p.province }));
      const actionPlanModule = data.actionPlan?.module.id ?? data.modules.at(-1)?.module.id;
      plan.module = actionPlanModule ? em.getReference(CourseModule, actionPlanModule, { wrapped: true }) : null;
      plan.activities = rngP.sample(story.activities, rngP.int(2, 4)).map((title, i): PlannedActivity => {
        const startsOn = addDays(dates.endsOn, 14 + i * rngP.int(25, 45));
        return { title, startsOn, endsOn: addDays(startsOn, rngP.int(14, 60)) };
      });
      plan.smes = rngP.sample(story.smeTypes, rngP.int(2, 4)).map((type): PlannedSme => ({ name: `${p.province ?? p.countryCode} ${type}`, province: p.province, note: rngP.pick(story.smeNotes) }));
      plan.supportNeeded = rngP.pick(story.supportNeeded);
      plan.status = planStatus;
      // A finished cohort's plans come in after the course; a running cohort's in the last few days.
      const submittedAt = completedCohort
        ? at(regionTime(addDays(dates.endsOn, rngP.int(5, 14)), '14:00').getTime() + minutes(rngP.int(0, 180)))
        : at(clamp(now.getTime() - rngP.int(6, 72) * HOUR_MS, sessions[0].entity.startsAt.getTime() + DAY_MS, now.getTime() - HOUR_MS));
      const reviewedAt = completedCohort ? at(submittedAt.getTime() + rngP.int(2, 7) * DAY_MS) : at(Math.min(submittedAt.getTime() + rngP.int(2, 20) * HOUR_MS, now.getTime() - minutes(10)));
      stamp(plan, at(submittedAt.getTime() - rngP.int(1, 4) * DAY_MS), submittedAt);
      if (planStatus !== ActionPlanStatus.DRAFT) plan.submittedAt = submittedAt;
      if (planStatus === ActionPlanStatus.ACCEPTED || planStatus === ActionPlanStatus.RETURNED) {
        plan.reviewedBy = ref(reviewer);
        plan.reviewedAt = reviewedAt;
        plan.updatedAt = reviewedAt;
        plan.reviewerComment = planStatus === ActionPlanStatus.RETURNED ? rngP.pick(story.returnedComment) : rngP.pick(story.actionPlanFeedback);
        lastChange = reviewedAt;
        if (data.actionPlan) {
          const a = data.actionPlan;
          const score = planStatus === ActionPlanStatus.ACCEPTED ? clamp(Math.round(rngP.normal(a.maxScore * (0.78 + 0.05 * ability), a.maxScore * 0.07)), Math.ceil(a.passScore), a.maxScore) : clamp(Math.round(a.passScore - rngP.int(8, 20)), 0, a.maxScore);
          const result = new AssessmentResult(ref(enrolment), ref(a), score, score >= a.passScore);
          result.feedback = plan.reviewerComment;
          result.gradedBy = ref(reviewer);
          stamp(result, reviewedAt);
          em.persist(result);
          summary.results += 1;
        }
      }
      em.persist(plan);
      summary.actionPlans += 1;
      planAccepted = planStatus === ActionPlanStatus.ACCEPTED;

      // "Share to learn": reports every few months after an accepted plan, while they are in the past.
      if (planAccepted && completedCohort) {
        const typical = data.course.slug === 'sme-cluster-development' ? 33 : 16;
        const total = clamp(Math.round(rngP.normal(typical, typical * 0.25)), Math.round(typical / 3), typical * 2);
        const count = rngP.int(1, 3);
        const weights = Array.from({ length: count }, () => 0.6 + rngP.float());
        const sum = weights.reduce((s, w) => s + w, 0);
        let left = total;
        for (let i = 0; i < count; i += 1) {
          const reportedOn = addDays(dates.endsOn, 90 * (i + 1) + rngP.int(-10, 10));
          if (reportedOn >= today) break;
          const reached = i === count - 1 ? left : Math.min(left, Math.round((total * weights[i]) / sum));
          left -= reached;
          const report = new ProgressReport(ref(plan), reportedOn, fill(rngP.pick(story.done), { province: p.province, n: Math.max(reached, 3) }));
          report.results = fill(rngP.pick(story.results), { province: p.province, n: Math.max(reached, 3) + rngP.int(2, 12) });
          report.challenges = rngP.chance(0.75) ? rngP.pick(story.challenges) : null;
          report.smesReached = reached;
          stamp(report, regionTime(reportedOn, '15:00'));
          em.persist(report);
          summary.progressReports += 1;
          summary.smesReached += reached;
        }
      }
    }

    // A finished cohort: COMPLETED for whoever meets every rule, as the API would judge it.
    if (completedCohort) {
      const held = sessions.filter((s) => s.entity.isHeld(now)).length;
      const checks: [ShortfallReason, boolean][] = [
        ['attendance', held > 0 && attended / held >= rules.minAttendanceRate],
        ['post-test', !rules.requirePostTestPass || data.modules.every((m) => !m.post || !sessions.some((s) => s.moduleSlug === m.module.slug) || (bestPost.get(m.module.slug) ?? -1) >= m.post.passScore)],
        ['action-plan', !rules.requireActionPlan || planAccepted],
      ];
      const failed = checks.filter(([, met]) => !met).map(([reason]) => reason);
      const expected = outcome.shortfall ? [outcome.shortfall] : [];
      if (failed.join() !== expected.join()) throw new Error(`seeds: ${row.key}/${key} was meant to ${expected.length ? `fall short on ${expected.join()}` : 'complete'} but the generated records fall short on ${failed.join() || 'nothing'}`);
      if (!failed.length) {
        const completedAt = at(lastChange.getTime() + DAY_MS);
        enrolment.status = EnrolmentStatus.COMPLETED;
        enrolment.updatedAt = completedAt;
        change(enrolment, p.id, 'completed', completedAt, { status: EnrolmentStatus.APPROVED }, { status: EnrolmentStatus.COMPLETED });
      }
    }
  });
}
