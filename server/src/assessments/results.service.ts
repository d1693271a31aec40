import { EntityManager, ref } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/request-context';
import { recordChange } from '../audit/change-log';
import { CohortAccess } from '../cohorts/cohort-access';
import { SEAT_HOLDING } from '../cohorts/cohorts.service';
import { AssessmentKind, EnrolmentStatus } from '../common/enums';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors';
import { cleanLongText } from '../common/text';
import { Enrolment } from '../enrolments/enrolment.entity';
import { TrainingSession } from '../training-sessions/training-session.entity';
import { User } from '../users/user.entity';
import { AssessmentResult } from './assessment-result.entity';
import { Assessment } from './assessment.entity';
import type { AssessmentScoreInput, QuizAnswerInput } from './dto/assessment-result.input';
import { QuestionResponse } from './question-response.entity';
import { Choice, Question } from './question.entity';
import { markQuiz, scoreQuiz, testWindow, windowState, type WindowState } from './test-window';

const TESTS = [AssessmentKind.PRE_TEST, AssessmentKind.POST_TEST];
const SCORED_BY_TRAINER = [AssessmentKind.ASSIGNMENT, AssessmentKind.ACTION_PLAN];

export interface TestStatus {
  assessment: Assessment;
  results: AssessmentResult[];
  opensAt: Date | null;
  closesAt: Date | null;
  state: WindowState;
  attemptsUsed: number;
  attemptsAllowed: number;
  canAttempt: boolean;
}

@Injectable()
export class ResultsService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: CohortAccess,
  ) {}

  async resultsOf(enrolmentIds: readonly string[]): Promise<Map<string, AssessmentResult[]>> {
    const rows = await this.em.find(AssessmentResult, { enrolment: { $in: [...enrolmentIds] } }, { orderBy: { attempt: 'asc' } });
    const byEnrolment = new Map<string, AssessmentResult[]>();
    for (const row of rows) byEnrolment.set(row.enrolment.id, [...(byEnrolment.get(row.enrolment.id) ?? []), row]);
    return byEnrolment;
  }

  /** Pre- and post-tests of an enrolment's course, with their windows and attempts, in module order. */
  async testsOf(enrolment: Enrolment, now = new Date()): Promise<TestStatus[]> {
    const cohort = await enrolment.cohort.loadOrFail();
    const [assessments, sessions, results] = await Promise.all([
      this.em.find(Assessment, { module: { course: cohort.course.id, retired: false }, kind: { $in: TESTS }, retired: false }, { populate: ['module'] }),
      this.em.find(TrainingSession, { cohort: cohort.id }),
      this.em.find(AssessmentResult, { enrolment: enrolment.id }, { orderBy: { attempt: 'asc' } }),
    ]);
    const enrolled = SEAT_HOLDING.includes(enrolment.status);
    const course = await cohort.course.loadOrFail();
    return assessments
      .sort((a, b) => a.module.getEntity().position - b.module.getEntity().position || a.kind.localeCompare(b.kind) * -1)
      .map((assessment) => {
        const window = testWindow(assessment.kind, sessions.filter((s) => s.module.id === assessment.module.id)) ?? { opensAt: null, closesAt: null };
        const state = windowState(assessment.kind, window, now);
        const mine = results.filter((r) => r.assessment.id === assessment.id);
        const allowed = assessment.kind === AssessmentKind.POST_TEST ? Math.max(assessment.maxAttempts, course.completionRules.postTestAttempts) : assessment.maxAttempts;
        return { assessment, results: mine, ...window, state, attemptsUsed: mine.length, attemptsAllowed: allowed, canAttempt: enrolled && state === 'OPEN' && mine.length < allowed };
      });
  }

  /**
   * A trainee submits a pre- or post-test. It is scored from the bank at once; the answers are kept
   * so the trainee can see what was right once the test closes.
   */
  async submitQuiz(viewer: Viewer, input: { assessmentId: string; answers: QuizAnswerInput[]; enrolmentId?: string | null }, now = new Date()): Promise<AssessmentResult> {
    const assessment = await this.em.findOne(Assessment, { id: input.assessmentId, retired: false }, { populate: ['module'] });
    if (!assessment) throw new NotFoundError('Assessment', input.assessmentId);
    if (!TESTS.includes(assessment.kind)) throw new BadUserInputError('Only pre-tests and post-tests are taken online; a trainer scores the rest.');
    const personId = viewer.user.person?.id;
    if (!personId) throw new ForbiddenError('Your account is not linked to a participant profile.');

    // Tests are taken in an approved (current) enrolment; a completed one is history.
    const candidates = await this.em.find(Enrolment, {
      person: personId,
      status: EnrolmentStatus.APPROVED,
      cohort: { course: assessment.module.getEntity().course.id },
      ...(input.enrolmentId ? { id: input.enrolmentId } : {}),
    });
    if (!candidates.length) throw new ForbiddenError('You are not enrolled in a cohort of this course.');
    const statuses = await Promise.all(candidates.map(async (enrolment) => ({ enrolment, status: (await this.testsOf(enrolment, now)).find((test) => test.assessment.id === assessment.id) })));
    // In two cohorts of one course (rare: a repeat), the test goes to the one where it is open.
    const open = statuses.filter((entry) => entry.status?.state === 'OPEN');
    if (open.length > 1) throw new BadUserInputError('You are in more than one cohort of this course; say which enrolment this test is for.', { field: 'enrolmentId' });
    const { enrolment, status } = open[0] ?? statuses[0];
    if (!status) throw new NotFoundError('Assessment', input.assessmentId);
    if (status.state === 'NOT_YET_OPEN') throw new ConflictError('This test is not open yet: the post-test opens when the module’s last session starts.');
    if (status.state === 'CLOSED') throw new ConflictError(assessment.kind === AssessmentKind.PRE_TEST ? 'The pre-test closed when the module’s first session ended.' : 'The post-test has closed.');
    if (status.attemptsUsed >= status.attemptsAllowed) throw new ConflictError(`You have used all ${status.attemptsAllowed} of your attempts at this test.`);

    const questions = await this.em.find(Question, { module: assessment.module.id, retired: false });
    const choices = await this.em.find(Choice, { question: { $in: questions.map((q) => q.id) } });
    const answers: Record<string, string[]> = {};
    for (const [index, answer] of input.answers.entries()) {
      if (!questions.some((q) => q.id === answer.questionId)) throw new BadUserInputError(`Answer ${index + 1} is for a question that is not in this test.`, { index });
      if (answers[answer.questionId]) throw new BadUserInputError(`Answer ${index + 1} repeats a question.`, { index });
      if (answer.choiceIds.some((id) => !choices.some((c) => c.id === id && c.question.id === answer.questionId))) {
        throw new BadUserInputError(`Answer ${index + 1} picks a choice that does not belong to its question.`, { index });
      }
      answers[answer.questionId] = [...new Set(answer.choiceIds)];
    }
    const bank = questions.map((q) => ({ id: q.id, correctChoiceIds: choices.filter((c) => c.question.id === q.id && c.correct).map((c) => c.id) }));
    const { score } = scoreQuiz(bank, answers);

    return this.em.transactional((em) => {
      const result = em.create(AssessmentResult, new AssessmentResult(em.getReference(Enrolment, enrolment.id, { wrapped: true }), em.getReference(Assessment, assessment.id, { wrapped: true }), score, score >= assessment.passScore));
      result.attempt = status.attemptsUsed + 1;
      result.answers = answers;
      // One row per question asked, so item analysis can aggregate right answers in SQL.
      for (const mark of markQuiz(bank, answers)) em.persist(new QuestionResponse(ref(result), em.getReference(Question, mark.questionId, { wrapped: true }), mark.correct));
      recordChange(em, { actor: viewer.user, subjectType: 'assessment-result', subjectId: result.id, cohortId: enrolment.cohort.id, personId, action: 'submitted', after: { assessment: assessment.slug, attempt: result.attempt, score } });
      return result;
    });
  }

  /**
   * A trainer records scores and feedback for an assignment or action plan. Every row is checked
   * first; one bad row and nothing is saved.
   */
  async recordScores(viewer: Viewer, assessmentId: string, rows: AssessmentScoreInput[]): Promise<AssessmentResult[]> {
    const assessment = await this.em.findOne(Assessment, { id: assessmentId, retired: false }, { populate: ['module'] });
    if (!assessment) throw new NotFoundError('Assessment', assessmentId);
    if (!SCORED_BY_TRAINER.includes(assessment.kind)) throw new BadUserInputError('Pre-tests and post-tests are scored automatically; only assignments and action plans take a trainer’s score.');
    if (!rows.length) throw new BadUserInputError('There are no scores to record.', { field: 'results' });

    const errors: { index: number; message: string }[] = [];
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if (!(row.score >= 0 && row.score <= assessment.maxScore)) errors.push({ index, message: `Score ${row.score} is outside 0–${assessment.maxScore}.` });
      if (seen.has(row.enrolmentId)) errors.push({ index, message: 'This person appears twice.' });
      seen.add(row.enrolmentId);
    });
    const enrolments = await this.em.find(Enrolment, { id: { $in: [...seen] } }, { populate: ['cohort'] });
    rows.forEach((row, index) => {
      const enrolment = enrolments.find((e) => e.id === row.enrolmentId);
      if (!enrolment) errors.push({ index, message: 'No such enrolment.' });
      else if (enrolment.cohort.getEntity().course.id !== assessment.module.getEntity().course.id) errors.push({ index, message: 'This enrolment is in a cohort of another course.' });
      else if (!SEAT_HOLDING.includes(enrolment.status)) errors.push({ index, message: `This enrolment is ${enrolment.status.toLowerCase()}.` });
    });
    if (errors.length) {
      errors.sort((a, b) => a.index - b.index);
      throw new BadUserInputError(`Nothing was saved: ${errors.length === 1 ? 'one row has' : `${errors.length} rows have`} a problem (row ${errors[0].index + 1}: ${errors[0].message})`, { rows: errors });
    }
    await this.access.assertMayTeach(viewer, [...new Set(enrolments.map((e) => e.cohort.id))]);

    return this.em.transactional(async (em) => {
      const existing = new Map((await em.find(AssessmentResult, { assessment: assessment.id, enrolment: { $in: [...seen] }, attempt: 1 })).map((r) => [r.enrolment.id, r]));
      return rows.map((row) => {
        const enrolment = enrolments.find((e) => e.id === row.enrolmentId)!;
        const feedback = cleanLongText(row.feedback);
        const current = existing.get(row.enrolmentId);
        const before = current ? { score: current.score, feedback: current.feedback } : null;
        const result = current ?? em.create(AssessmentResult, new AssessmentResult(em.getReference(Enrolment, enrolment.id, { wrapped: true }), em.getReference(Assessment, assessment.id, { wrapped: true }), row.score, false));
        result.score = row.score;
        result.passed = row.score >= assessment.passScore;
        result.feedback = feedback;
        result.gradedBy = em.getReference(User, viewer.user.id, { wrapped: true });
        if (!current || current.score !== row.score || before?.feedback !== feedback) {
          recordChange(em, { actor: viewer.user, subjectType: 'assessment-result', subjectId: result.id, cohortId: enrolment.cohort.id, personId: enrolment.person.id, action: current ? 'rescored' : 'scored', before, after: { score: result.score, feedback } });
        }
        return result;
      });
    });
  }

  /** What a finished test's answers were and which were right; null while the test is still open to the trainee. */
  async review(viewer: Viewer, result: AssessmentResult, now = new Date()): Promise<{ questionId: string; chosenChoiceIds: string[]; correctChoiceIds: string[]; correct: boolean }[] | null> {
    if (!result.answers) return null;
    const assessment = await result.assessment.loadOrFail();
    const enrolment = await result.enrolment.loadOrFail();
    const teaches = await this.access.mayTeach(viewer, enrolment.cohort.id);
    if (!teaches) {
      if (enrolment.person.id !== viewer.user.person?.id) return null;
      // Pre- and post-test ask the same bank: the answers stay hidden until the post-test closes.
      const sessions = await this.em.find(TrainingSession, { cohort: enrolment.cohort.id, module: assessment.module.id });
      const window = testWindow(AssessmentKind.POST_TEST, sessions);
      if (!window || windowState(AssessmentKind.POST_TEST, window, now) !== 'CLOSED') return null;
    }
    const questions = await this.em.find(Question, { module: assessment.module.id }, { orderBy: { position: 'asc' } });
    const choices = await this.em.find(Choice, { question: { $in: questions.map((q) => q.id) }, correct: true });
    return questions
      .filter((q) => !q.retired || result.answers?.[q.id])
      .map((question) => {
        const chosen = result.answers?.[question.id] ?? [];
        const correct = choices.filter((c) => c.question.id === question.id).map((c) => c.id);
        return { questionId: question.id, chosenChoiceIds: chosen, correctChoiceIds: correct, correct: chosen.length === correct.length && correct.every((id) => chosen.includes(id)) };
      });
  }
}
