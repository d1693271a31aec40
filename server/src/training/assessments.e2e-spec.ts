import { AssessmentResult } from '../assessments/assessment-result.entity';
import { Assessment } from '../assessments/assessment.entity';
import { Choice, Question } from '../assessments/question.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { errorCode, startTestApp, type TestApp } from '../../test/test-app';
import { courseInfo, enrol, makeCohort, newTrainee, trainingSnapshot, userId, type CourseInfo } from './training-fixtures';

const SUBMIT = 'mutation($input: SubmitQuizInput!) { submitQuiz(input: $input) { result { id score passed attempt review { correct } } } }';
const SCORE = 'mutation($input: RecordAssessmentResultsInput!) { recordAssessmentResults(input: $input) { results { score passed feedback gradedBy { email } enrolment { id } } } }';
const TESTS = '{ myEnrolments { id tests { assessment { id kind } state attemptsUsed attemptsAllowed canAttempt results { score review { questionId correct correctChoiceIds } } } } }';

type Answer = { questionId: string; choiceIds: string[] };

describe('pre/post tests and scored work', () => {
  let t: TestApp;
  let coordinator: string;
  let trainer: string;
  let otherTrainer: string;
  let trainee: string;
  let classmate: string;
  let course: CourseInfo;
  let enrolments: string[];
  const test = (module: number, kind: string) => course.modules[module].assessments.find((a) => a.kind === kind)!;

  /** Answers to a module's bank: the right choices for the first `right` questions, a wrong one for the rest. */
  async function answers(module: number, right: number): Promise<Answer[]> {
    const em = t.orm.em.fork();
    const questions = await em.find(Question, { module: course.modules[module].id, retired: false }, { orderBy: { position: 'asc' } });
    const choices = await em.find(Choice, { question: { $in: questions.map((q) => q.id) } });
    return questions.map((question, index) => {
      const own = choices.filter((c) => c.question.id === question.id);
      const pick = index < right ? own.filter((c) => c.correct) : [own.find((c) => !c.correct)!];
      return { questionId: question.id, choiceIds: pick.map((c) => c.id) };
    });
  }

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.signIn('coordinator@corridor.test');
    trainer = await t.signIn('trainer@corridor.test');
    otherTrainer = await t.signIn('thanakorn.srisawat@corridor.test');
    const first = await newTrainee(t, 'Keo Sreypov');
    const second = await newTrainee(t, 'Nhim Sokunthea');
    trainee = first.token;
    classmate = second.token;
    course = await courseInfo(t, coordinator, 'bds-provider-strengthening');
    const cohort = await makeCohort(t, coordinator, {
      course,
      trainerIds: [await userId(t, 'trainer@corridor.test')],
      slots: [
        // Module 1: both sessions ahead, so its pre-test is open and its post-test not yet.
        { module: 0, startsIn: 24, hours: 7 },
        { module: 0, startsIn: 48, hours: 7 },
        // Module 2: first session over (pre-test closed), last one in progress (post-test open).
        { module: 1, startsIn: -48, hours: 7 },
        { module: 1, startsIn: -1, hours: 6 },
        // Module 3: ended ten days ago: its post-test has closed.
        { module: 2, startsIn: -240, hours: 7 },
      ],
    });
    enrolments = await enrol(t, coordinator, cohort.id, [first.personId, second.personId]);
  });
  afterAll(() => t.close());

  it('scores a pre-test from the bank and shows neither the right answers nor a second attempt', async () => {
    const pre = test(0, 'PRE_TEST');
    const mine = await answers(0, 9);
    const result = await t.gql<{ submitQuiz: { result: { score: number; passed: boolean; attempt: number; review: unknown } } }>(SUBMIT, { input: { assessmentId: pre.id, answers: mine } }, { token: trainee });
    expect(result.errors).toBeUndefined();
    const expected = Math.round((1000 * 9) / mine.length) / 10;
    expect(result.data!.submitQuiz.result).toMatchObject({ score: expected, passed: expected >= pre.passScore, attempt: 1, review: null });

    const again = await t.gql(SUBMIT, { input: { assessmentId: pre.id, answers: mine } }, { token: trainee });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0].message).toMatch(/all 1 of your attempts/);
  });

  it('opens the post-test when the module’s last session starts, and scores it', async () => {
    const post = test(1, 'POST_TEST');
    const result = await t.gql<{ submitQuiz: { result: { score: number; passed: boolean } } }>(SUBMIT, { input: { assessmentId: post.id, answers: await answers(1, 100) } }, { token: trainee });
    expect(result.data!.submitQuiz.result).toMatchObject({ score: 100, passed: true });

    const status = await t.gql<{ myEnrolments: { id: string; tests: { assessment: { id: string }; state: string; attemptsUsed: number; attemptsAllowed: number; canAttempt: boolean }[] }[] }>(TESTS, {}, { token: trainee });
    const tests = status.data!.myEnrolments.find((e) => e.id === enrolments[0])!.tests;
    expect(tests.find((x) => x.assessment.id === post.id)).toMatchObject({ state: 'OPEN', attemptsUsed: 1, attemptsAllowed: 1, canAttempt: false });
    expect(tests.find((x) => x.assessment.id === test(0, 'POST_TEST').id)).toMatchObject({ state: 'NOT_YET_OPEN', canAttempt: false });
    expect(tests.find((x) => x.assessment.id === test(1, 'PRE_TEST').id)).toMatchObject({ state: 'CLOSED', canAttempt: false });
  });

  it('shows which answers were right only after the post-test has closed', async () => {
    // A result from when module 3's post-test was open; it has since closed.
    const em = t.orm.em.fork();
    const post = await em.findOneOrFail(Assessment, { id: test(2, 'POST_TEST').id });
    const taken = await answers(2, 5);
    const result = new AssessmentResult(em.getReference(Enrolment, enrolments[0], { wrapped: true }), em.getReference(Assessment, post.id, { wrapped: true }), 33.3, false);
    result.answers = Object.fromEntries(taken.map((a) => [a.questionId, a.choiceIds]));
    await em.persistAndFlush(result);

    const status = await t.gql<{ myEnrolments: { id: string; tests: { assessment: { id: string }; results: { review: { correct: boolean; correctChoiceIds: string[] }[] | null }[] }[] }[] }>(TESTS, {}, { token: trainee });
    const tests = status.data!.myEnrolments.find((e) => e.id === enrolments[0])!.tests;
    const review = tests.find((x) => x.assessment.id === post.id)!.results[0].review!;
    expect(review).toHaveLength(taken.length);
    expect(review.filter((r) => r.correct)).toHaveLength(5);
    expect(review.every((r) => r.correctChoiceIds.length > 0)).toBe(true);
    // Module 2's post-test is still open: its review stays hidden.
    expect(tests.find((x) => x.assessment.id === test(1, 'POST_TEST').id)!.results[0].review).toBeNull();
  });

  it('records a trainer’s scores and feedback for an assignment, and rescoring keeps the history', async () => {
    const assignment = course.modules.flatMap((m) => m.assessments).find((a) => a.kind === 'ASSIGNMENT')!;
    const saved = await t.gql<{ recordAssessmentResults: { results: { score: number; passed: boolean; feedback: string; gradedBy: { email: string } }[] } }>(
      SCORE,
      { input: { assessmentId: assignment.id, results: [{ enrolmentId: enrolments[0], score: 17, feedback: 'Clear service design; price it for LPGs.' }, { enrolmentId: enrolments[1], score: 8 }] } },
      { token: trainer },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.recordAssessmentResults.results.map((r) => [r.score, r.passed, r.gradedBy.email])).toEqual([
      [17, true, 'trainer@corridor.test'],
      [8, false, 'trainer@corridor.test'],
    ]);
    await t.gql(SCORE, { input: { assessmentId: assignment.id, results: [{ enrolmentId: enrolments[1], score: 12, feedback: 'Resubmitted with costs.' }] } }, { token: trainer });
    const em = t.orm.em.fork();
    const rows = await em.find(AssessmentResult, { assessment: assignment.id, enrolment: enrolments[1] });
    expect(rows.map((r) => [r.score, r.passed])).toEqual([[12, true]]);
  });

  describe('refused requests change nothing', () => {
    const assignment = () => course.modules.flatMap((m) => m.assessments).find((a) => a.kind === 'ASSIGNMENT')!;
    it.each([
      ['a closed pre-test', async () => ({ query: SUBMIT, vars: { input: { assessmentId: test(1, 'PRE_TEST').id, answers: await answers(1, 3) } }, token: classmate }), 'CONFLICT'],
      ['a post-test not yet open', async () => ({ query: SUBMIT, vars: { input: { assessmentId: test(0, 'POST_TEST').id, answers: await answers(0, 3) } }, token: classmate }), 'CONFLICT'],
      ['a second post-test attempt', async () => ({ query: SUBMIT, vars: { input: { assessmentId: test(1, 'POST_TEST').id, answers: await answers(1, 3) } }, token: trainee }), 'CONFLICT'],
      ['someone not enrolled taking a test', async () => ({ query: SUBMIT, vars: { input: { assessmentId: test(0, 'PRE_TEST').id, answers: await answers(0, 3) } }, token: (await newTrainee(t, 'Outside Person')).token }), 'FORBIDDEN'],
      ['an answer from another module’s bank', async () => ({ query: SUBMIT, vars: { input: { assessmentId: test(0, 'PRE_TEST').id, answers: await answers(1, 3) } }, token: classmate }), 'BAD_USER_INPUT'],
      ['submitting an assignment as a quiz', () => Promise.resolve({ query: SUBMIT, vars: { input: { assessmentId: assignment().id, answers: [] } }, token: classmate }), 'BAD_USER_INPUT'],
      ['a score above the maximum', () => Promise.resolve({ query: SCORE, vars: { input: { assessmentId: assignment().id, results: [{ enrolmentId: enrolments[0], score: 19 }, { enrolmentId: enrolments[1], score: 21 }] } }, token: trainer }), 'BAD_USER_INPUT'],
      ['a negative score', () => Promise.resolve({ query: SCORE, vars: { input: { assessmentId: assignment().id, results: [{ enrolmentId: enrolments[1], score: -1 }] } }, token: trainer }), 'BAD_USER_INPUT'],
      ['a trainee scoring', () => Promise.resolve({ query: SCORE, vars: { input: { assessmentId: assignment().id, results: [{ enrolmentId: enrolments[0], score: 20 }] } }, token: trainee }), 'FORBIDDEN'],
      ['the trainer of another cohort scoring', () => Promise.resolve({ query: SCORE, vars: { input: { assessmentId: assignment().id, results: [{ enrolmentId: enrolments[0], score: 20 }] } }, token: otherTrainer }), 'FORBIDDEN'],
      ['scoring a pre-test by hand', () => Promise.resolve({ query: SCORE, vars: { input: { assessmentId: test(0, 'PRE_TEST').id, results: [{ enrolmentId: enrolments[0], score: 100 }] } }, token: trainer }), 'BAD_USER_INPUT'],
    ])('%s', async (_name, request, code) => {
      const { query, vars, token } = await request();
      const before = await trainingSnapshot(t);
      const result = await t.gql(query, vars, { token });
      expect(errorCode(result)).toBe(code);
      expect(await trainingSnapshot(t)).toBe(before);
    });

    it('names every bad row of a refused batch', async () => {
      const result = await t.gql(SCORE, { input: { assessmentId: assignment().id, results: [{ enrolmentId: enrolments[0], score: 25 }, { enrolmentId: enrolments[1], score: 10 }, { enrolmentId: enrolments[1], score: 11 }] } }, { token: trainer });
      expect(result.errors![0].message).toMatch(/Nothing was saved: 2 rows have a problem \(row 1: Score 25 is outside 0–20\.\)/);
      expect(result.errors![0].extensions!.rows).toEqual([
        { index: 0, message: 'Score 25 is outside 0–20.' },
        { index: 2, message: 'This person appears twice.' },
      ]);
    });
  });
});
