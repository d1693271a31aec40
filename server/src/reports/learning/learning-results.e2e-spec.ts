import { AssessmentResult } from '../../assessments/assessment-result.entity';
import { Assessment } from '../../assessments/assessment.entity';
import { QuestionResponse } from '../../assessments/question-response.entity';
import { Choice, Question } from '../../assessments/question.entity';
import { AttendanceRecord } from '../../attendance/attendance-record.entity';
import { Cohort } from '../../cohorts/cohort.entity';
import { AssessmentKind, AttendanceStatus, EnrolmentStatus, Gender, TargetGroup } from '../../common/enums';
import { Enrolment } from '../../enrolments/enrolment.entity';
import { Person } from '../../people/person.entity';
import { TrainingSession } from '../../training-sessions/training-session.entity';
import { countStatements } from '../../../test/sql-counter';
import { errorCode, startTestApp, type GqlResponse, type TestApp } from '../../../test/test-app';
import { courseInfo, enrol, isoDate, makeCohort, newTrainee, userId, type CourseInfo } from '../../training/training-fixtures';

const GAIN = 'paired people leftOut meanPre meanPost meanGain normalisedGain improvedShare suppressed';
const LEARNING = `query($filter: ReportFilter) { learningResults(filter: $filter) {
  overall { ${GAIN} }
  byModule { module { id } gain { ${GAIN} } questions { questionId key prompt paired rightBefore rightAfter suppressed } } } }`;
const LEARNING_BY = `query($filter: ReportFilter, $split: ReportSplit!) { learningResults(filter: $filter) { by(split: $split) { key label gain { ${GAIN} } } } }`;
const CELL = 'key label people attendanceRate completionRate suppressed';
const PARTICIPATION = `query($filter: ReportFilter, $split: ReportSplit!) { participation(filter: $filter) { overall { ${CELL} } by(split: $split) { ${CELL} } } }`;
const BELOW = `query($filter: ReportFilter) { participation(filter: $filter) { belowThreshold { enrolment { id } person { fullName } cohort { id } attendanceRate minimum } } }`;
const HEATMAP = `query($cohortId: ID!, $by: ReportSplit) { attendanceHeatmap(cohortId: $cohortId, by: $by) {
  sessions { id } rows { key label cells { sessionId rate people suppressed } } } }`;
const SUBMIT = 'mutation($input: SubmitQuizInput!) { submitQuiz(input: $input) { result { score attempt } } }';
const RECORD = 'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { records { id } } }';

interface Gain {
  paired: number;
  people: number;
  leftOut: number;
  meanPre: number | null;
  meanPost: number | null;
  meanGain: number | null;
  normalisedGain: number | null;
  improvedShare: number | null;
  suppressed: boolean;
}
interface QuestionRow {
  questionId: string;
  key: string;
  prompt: string;
  paired: number;
  rightBefore: number | null;
  rightAfter: number | null;
  suppressed: boolean;
}
interface Cell {
  key: string;
  label: string;
  people: number | null;
  attendanceRate: number | null;
  completionRate: number | null;
  suppressed: boolean;
}
interface Learning {
  learningResults: { overall: Gain; byModule: { module: { id: string }; gain: Gain; questions: QuestionRow[] }[] };
}
interface HeatmapData {
  attendanceHeatmap: {
    sessions: { id: string }[];
    rows: { key: string; label: string; cells: { sessionId: string; rate: number | null; people: number | null; suppressed: boolean }[] }[];
  };
}

/** Compares figures with hand-computed ones: counts exactly, means and shares to 6 decimals. */
function expectFigures(actual: object, expected: Record<string, unknown>): void {
  const got = actual as Record<string, unknown>;
  for (const [field, value] of Object.entries(expected)) {
    if (typeof value === 'number' && !Number.isInteger(value))
      expect({ field, value: got[field] }).toEqual({ field, value: expect.closeTo(value, 6) as unknown });
    else expect({ field, value: got[field] }).toEqual({ field, value });
  }
}

const SUPPRESSED_GAIN = {
  paired: 0,
  people: 0,
  leftOut: 0,
  meanPre: null,
  meanPost: null,
  meanGain: null,
  normalisedGain: null,
  improvedShare: null,
  suppressed: true,
};

function data<T>(result: GqlResponse<T>): T {
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/**
 * One cohort of the SME cluster course (15 questions per module, two post-test attempts), six
 * participants taking module 1's pre- and post-test through submitQuiz. Right answers are always
 * the first k questions of the bank, so item shares can be counted by hand:
 *
 *   person        sex country  pre (right → %)   post, last attempt   attendance (2 held)   status
 *   Chanthy Keo   F   KH       6 → 40            12 → 80              P, P      → 1         COMPLETED
 *   Dara Heng     M   KH       3 → 20             9 → 60              L, P      → 1         COMPLETED
 *   Sovann Lim    M   KH       9 → 60             9 → 60              A, P      → 0.5       approved
 *   Malai Wong    F   TH       6 → 40            15 → 100, then 12 → 80  P, A   → 0.5       COMPLETED
 *   Niran Chai    M   TH       3 → 20            12 → 80              E, —      → 0         approved
 *   Ploy Suda     F   TH       6 → 40            (none: left out)     P, P      → 1         approved
 *
 * The cohort is then marked as ended yesterday, so all six count for the completion rate.
 */
describe('learning results and participation', () => {
  let t: TestApp;
  let coordinator: string;
  let trainer: string;
  let otherTrainer: string;
  let viewer: string;
  let trainee: string;
  let course: CourseInfo;
  let cohortId: string;
  let otherCohortId: string;
  let sessions: { past: string; now: string; future: string };
  const enrolmentOf = new Map<string, string>();
  let questionIds: string[];

  const people = [
    { name: 'Chanthy Keo', gender: Gender.FEMALE, country: 'KH', pre: 6, post: [12], marks: ['PRESENT', 'PRESENT'] },
    { name: 'Dara Heng', gender: Gender.MALE, country: 'KH', pre: 3, post: [9], marks: ['LATE', 'PRESENT'] },
    { name: 'Sovann Lim', gender: Gender.MALE, country: 'KH', pre: 9, post: [9], marks: ['ABSENT', 'PRESENT'] },
    { name: 'Malai Wong', gender: Gender.FEMALE, country: 'TH', pre: 6, post: [15, 12], marks: ['PRESENT', 'ABSENT'] },
    { name: 'Niran Chai', gender: Gender.MALE, country: 'TH', pre: 3, post: [12], marks: ['EXCUSED', null] },
    { name: 'Ploy Suda', gender: Gender.FEMALE, country: 'TH', pre: 6, post: [], marks: ['PRESENT', 'PRESENT'] },
  ] as const;

  /** Module 1's bank answered with the first `right` questions right and a wrong choice for the rest. */
  async function answers(right: number): Promise<{ questionId: string; choiceIds: string[] }[]> {
    const em = t.orm.em.fork();
    const questions = await em.find(Question, { module: course.modules[0].id, retired: false }, { orderBy: { position: 'asc' } });
    const choices = await em.find(Choice, { question: { $in: questions.map((q) => q.id) } });
    return questions.map((question, index) => {
      const own = choices.filter((c) => c.question.id === question.id);
      const pick = index < right ? own.filter((c) => c.correct) : [own.find((c) => !c.correct)!];
      return { questionId: question.id, choiceIds: pick.map((c) => c.id) };
    });
  }

  const test = (kind: string) => course.modules[0].assessments.find((a) => a.kind === kind)!;
  const mine = { cohortId: '' };

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.signIn('coordinator@corridor.test');
    trainer = await t.signIn('trainer@corridor.test');
    otherTrainer = await t.signIn('thanakorn.srisawat@corridor.test');
    viewer = await t.signIn('viewer@corridor.test');
    course = await courseInfo(t, coordinator, 'sme-cluster-development');
    const cohort = await makeCohort(t, coordinator, {
      course,
      trainerIds: [await userId(t, 'trainer@corridor.test')],
      title: 'Learning results cohort',
      slots: [
        // Module 1: one session, in progress: its pre-test and post-test are both open, and it is held.
        { module: 0, startsIn: -3, hours: 6 },
        // Module 2: over two days ago (held); module 3: ahead (not held).
        { module: 1, startsIn: -50, hours: 7 },
        { module: 2, startsIn: 48, hours: 7 },
      ],
    });
    cohortId = cohort.id;
    mine.cohortId = cohortId;
    const at = (module: number) => cohort.sessions.find((s) => s.module.id === course.modules[module].id)!.id;
    sessions = { now: at(0), past: at(1), future: at(2) };
    otherCohortId = (
      await makeCohort(t, coordinator, { course, trainerIds: [await userId(t, 'thanakorn.srisawat@corridor.test')], slots: [] })
    ).id;

    const tokens = new Map<string, string>();
    const personIds: string[] = [];
    for (const p of people) {
      const made = await newTrainee(t, p.name, { gender: p.gender, countryCode: p.country });
      tokens.set(p.name, made.token);
      personIds.push(made.personId);
    }
    trainee = tokens.get('Ploy Suda')!;
    const enrolments = await enrol(t, coordinator, cohortId, personIds);
    people.forEach((p, i) => enrolmentOf.set(p.name, enrolments[i]));

    for (const p of people) {
      const token = tokens.get(p.name)!;
      data(await t.gql(SUBMIT, { input: { assessmentId: test('PRE_TEST').id, answers: await answers(p.pre) } }, { token }));
      for (const right of p.post)
        data(await t.gql(SUBMIT, { input: { assessmentId: test('POST_TEST').id, answers: await answers(right) } }, { token }));
    }
    for (const [index, sessionId] of [sessions.past, sessions.now].entries()) {
      const marks = people.filter((p) => p.marks[index]).map((p) => ({ enrolmentId: enrolmentOf.get(p.name), status: p.marks[index] }));
      data(await t.gql(RECORD, { input: { sessionId, marks } }, { token: trainer }));
    }

    // The cohort has since ended and three were marked complete (certificates would do this).
    const em = t.orm.em.fork();
    const ended = await em.findOneOrFail(Cohort, cohortId);
    ended.endsOn = isoDate(-1);
    for (const name of ['Chanthy Keo', 'Dara Heng', 'Malai Wong'])
      (await em.findOneOrFail(Enrolment, enrolmentOf.get(name)!)).status = EnrolmentStatus.COMPLETED;
    // Ploy is the one BDS provider among SME leaders: a group of one for the small-cell checks.
    (await em.findOneOrFail(Enrolment, enrolmentOf.get('Ploy Suda')!, { populate: ['person'] })).person.getEntity().targetGroup =
      TargetGroup.BDS_PROVIDER;
    await em.flush();
    questionIds = (await em.find(Question, { module: course.modules[0].id, retired: false }, { orderBy: { position: 'asc' } })).map(
      (q) => q.id,
    );
    // Six accounts (argon2 hashes) and a dozen tests through the API: slow on a busy machine.
  }, 180_000);
  afterAll(() => t.close());

  describe('item responses', () => {
    it('are written with every scored test: one per question, right as scored', async () => {
      const em = t.orm.em.fork();
      const results = await em.find(AssessmentResult, { enrolment: { $in: [...enrolmentOf.values()] } }, { orderBy: { createdAt: 'asc' } });
      // 6 pre-tests and 6 post-test attempts (Malai took two, Ploy none).
      expect(results).toHaveLength(12);
      const responses = await em.find(QuestionResponse, { result: { $in: results.map((r) => r.id) } });
      expect(responses).toHaveLength(12 * 15);
      for (const result of results) {
        const own = responses.filter((r) => r.result.id === result.id);
        expect(own.map((r) => r.question.id).sort()).toEqual([...questionIds].sort());
        expect(Math.round((1000 * own.filter((r) => r.correct).length) / 15) / 10).toBe(result.score);
      }
    });
  });

  describe('knowledge gain', () => {
    it('overall: paired first pre-test with last post-test, means, gain, normalised gain and improved share', async () => {
      const result = data(await t.gql<Learning>(LEARNING, { filter: { cohortId } }, { token: coordinator }));
      // Paired: Chanthy, Dara, Sovann, Malai, Niran (5); Ploy has only a pre-test (left out 1).
      // Pre 40 + 20 + 60 + 40 + 20 = 180 → 36. Post (Malai's last attempt, 80, not her best, 100)
      // 80 + 60 + 60 + 80 + 80 = 360 → 72. Gain 36; normalised 36 / (100 − 36) = 0.5625.
      // Improved: all but Sovann (60 → 60): 4 / 5 = 0.8.
      expectFigures(result.learningResults.overall, {
        paired: 5,
        people: 5,
        leftOut: 1,
        meanPre: 36,
        meanPost: 72,
        meanGain: 36,
        normalisedGain: 0.5625,
        improvedShare: 0.8,
        suppressed: false,
      });
      expect(result.learningResults.byModule.map((m) => m.module.id)).toEqual([course.modules[0].id]);
      expectFigures(result.learningResults.byModule[0].gain, {
        paired: 5,
        people: 5,
        leftOut: 1,
        meanPre: 36,
        meanPost: 72,
        normalisedGain: 0.5625,
      });
    });

    it('per question: share right before and after among the five paired', async () => {
      const result = data(await t.gql<Learning>(LEARNING, { filter: { cohortId } }, { token: coordinator }));
      const questions = result.learningResults.byModule[0].questions;
      expect(questions.map((q) => q.questionId)).toEqual(questionIds);
      // Before: q1–3 right for all 5; q4–6 for Chanthy, Sovann, Malai (3/5); q7–9 for Sovann (1/5); none after.
      // After: q1–9 for all 5; q10–12 for Chanthy, Malai, Niran (3/5); q13–15 for nobody.
      const before = (i: number) => (i < 3 ? 1 : i < 6 ? 0.6 : i < 9 ? 0.2 : 0);
      const after = (i: number) => (i < 9 ? 1 : i < 12 ? 0.6 : 0);
      questions.forEach((q, i) =>
        expectFigures(q, {
          key: `q${String(i + 1).padStart(2, '0')}`,
          paired: 5,
          rightBefore: before(i),
          rightAfter: after(i),
          suppressed: false,
        }),
      );
      const em = t.orm.em.fork();
      const first = await em.findOneOrFail(Question, questionIds[0]);
      expect(questions[0].prompt).toBe(first.prompt.en);
      const thai = data(
        await t.gql<Learning>(LEARNING, { filter: { cohortId } }, { token: coordinator, headers: { 'accept-language': 'th' } }),
      );
      expect(thai.learningResults.byModule[0].questions[0].prompt).toBe(first.prompt.th ?? first.prompt.en);
    });

    it('by country and by sex', async () => {
      const byCountry = data(
        await t.gql<{ learningResults: { by: { key: string; label: string; gain: Gain }[] } }>(
          LEARNING_BY,
          { filter: { cohortId }, split: 'COUNTRY' },
          { token: coordinator },
        ),
      );
      expect(byCountry.learningResults.by.map((c) => [c.key, c.label])).toEqual([
        ['KH', 'KH'],
        ['TH', 'TH'],
      ]);
      // KH: pre 40, 20, 60 → 40; post 80, 60, 60 → 66.67; gain 26.67; normalised 26.67 / 60 = 0.4444; improved 2/3.
      expectFigures(byCountry.learningResults.by[0].gain, {
        paired: 3,
        people: 3,
        leftOut: 0,
        meanPre: 40,
        meanPost: 200 / 3,
        meanGain: 80 / 3,
        normalisedGain: 80 / 3 / 60,
        improvedShare: 2 / 3,
      });
      // TH: pre 40, 20 → 30; post 80, 80 → 80; gain 50; normalised 50 / 70; improved 2/2; Ploy left out.
      expectFigures(byCountry.learningResults.by[1].gain, {
        paired: 2,
        people: 2,
        leftOut: 1,
        meanPre: 30,
        meanPost: 80,
        meanGain: 50,
        normalisedGain: 50 / 70,
        improvedShare: 1,
      });

      const bySex = data(
        await t.gql<{ learningResults: { by: { key: string; gain: Gain }[] } }>(
          LEARNING_BY,
          { filter: { cohortId }, split: 'SEX' },
          { token: coordinator },
        ),
      );
      expect(bySex.learningResults.by.map((c) => c.key)).toEqual(['FEMALE', 'MALE']);
      // Women: Chanthy 40 → 80, Malai 40 → 80 (Ploy left out): normalised 40 / 60.
      expectFigures(bySex.learningResults.by[0].gain, {
        paired: 2,
        leftOut: 1,
        meanPre: 40,
        meanPost: 80,
        normalisedGain: 40 / 60,
        improvedShare: 1,
      });
      // Men: Dara 20 → 60, Sovann 60 → 60, Niran 20 → 80: pre 33.33, post 66.67, normalised 33.33 / 66.67 = 0.5.
      expectFigures(bySex.learningResults.by[1].gain, {
        paired: 3,
        leftOut: 0,
        meanPre: 100 / 3,
        meanPost: 200 / 3,
        meanGain: 100 / 3,
        normalisedGain: 0.5,
        improvedShare: 2 / 3,
      });

      const byCohort = data(
        await t.gql<{ learningResults: { by: { key: string; label: string }[] } }>(
          LEARNING_BY,
          { filter: { cohortId }, split: 'COHORT' },
          { token: coordinator },
        ),
      );
      expect(byCohort.learningResults.by).toEqual([
        { key: cohortId, label: 'Learning results cohort', gain: expect.objectContaining({ paired: 5 }) as unknown },
      ]);
    });

    it('hides question results over fewer than 3 paired people from every reader', async () => {
      const result = data(await t.gql<Learning>(LEARNING, { filter: { cohortId, countryCode: 'TH' } }, { token: coordinator }));
      // Staff still see the gain of Malai and Niran, but not their answers item by item.
      expectFigures(result.learningResults.overall, { paired: 2, people: 2, meanPre: 30, meanPost: 80, suppressed: false });
      expect(
        new Set(
          result.learningResults.byModule[0].questions.map((q) => JSON.stringify([q.paired, q.rightBefore, q.rightAfter, q.suppressed])),
        ),
      ).toEqual(new Set([JSON.stringify([0, null, null, true])]));
    });

    it('is empty, not an error, when nobody took a test', async () => {
      const result = data(await t.gql<Learning>(LEARNING, { filter: { cohortId: otherCohortId } }, { token: coordinator }));
      expect(result.learningResults).toEqual({ overall: { ...SUPPRESSED_GAIN, suppressed: false }, byModule: [] });
    });
  });

  describe('participation', () => {
    it('attendance and completion overall and by country and sex', async () => {
      const byCountry = data(
        await t.gql<{ participation: { overall: Cell; by: Cell[] } }>(
          PARTICIPATION,
          { filter: { cohortId }, split: 'COUNTRY' },
          { token: coordinator },
        ),
      );
      // Held: the past and the running session (the future one is not). Own rates 1, 1, 0.5, 0.5, 0, 1:
      // mean 4 / 6. Ended cohort, 3 of 6 COMPLETED: 0.5.
      expect(byCountry.participation.overall).toEqual({
        key: '',
        label: '',
        people: 6,
        attendanceRate: expect.closeTo(4 / 6, 6) as unknown,
        completionRate: 0.5,
        suppressed: false,
      });
      // KH: 1, 1, 0.5 → 2.5 / 3; completed Chanthy, Dara: 2/3. TH: 0.5, 0, 1 → 0.5; completed Malai: 1/3.
      expect(byCountry.participation.by).toEqual([
        {
          key: 'KH',
          label: 'KH',
          people: 3,
          attendanceRate: expect.closeTo(2.5 / 3, 6) as unknown,
          completionRate: expect.closeTo(2 / 3, 6) as unknown,
          suppressed: false,
        },
        { key: 'TH', label: 'TH', people: 3, attendanceRate: 0.5, completionRate: expect.closeTo(1 / 3, 6) as unknown, suppressed: false },
      ]);
      const bySex = data(
        await t.gql<{ participation: { by: Cell[] } }>(PARTICIPATION, { filter: { cohortId }, split: 'SEX' }, { token: coordinator }),
      );
      // Women Chanthy 1, Malai 0.5, Ploy 1 → 2.5 / 3, completed 2/3; men Dara 1, Sovann 0.5, Niran 0 → 0.5, completed 1/3.
      expect(bySex.participation.by.map((c) => [c.key, c.people, c.attendanceRate?.toFixed(6), c.completionRate?.toFixed(6)])).toEqual([
        ['FEMALE', 3, (2.5 / 3).toFixed(6), (2 / 3).toFixed(6)],
        ['MALE', 3, (0.5).toFixed(6), (1 / 3).toFixed(6)],
      ]);
    });

    it('agrees with each enrolment’s own attendanceRate', async () => {
      const roster = data(
        await t.gql<{ cohort: { enrolments: { edges: { node: { attendanceRate: number | null } }[] } } }>(
          'query($id: ID!) { cohort(id: $id) { enrolments(first: 50) { edges { node { attendanceRate } } } } }',
          { id: cohortId },
          { token: coordinator },
        ),
      );
      const rates = roster.cohort.enrolments.edges.map((e) => e.node.attendanceRate ?? 0);
      const overall = data(
        await t.gql<{ participation: { overall: Cell } }>(PARTICIPATION, { filter: { cohortId }, split: 'SEX' }, { token: coordinator }),
      );
      expect(overall.participation.overall.attendanceRate).toBeCloseTo(rates.reduce((s, r) => s + r, 0) / rates.length, 10);
    });

    it('lists who is below the course’s 80% minimum, lowest first', async () => {
      const result = data(
        await t.gql<{
          participation: {
            belowThreshold: {
              enrolment: { id: string };
              person: { fullName: string };
              cohort: { id: string };
              attendanceRate: number;
              minimum: number;
            }[];
          };
        }>(BELOW, { filter: { cohortId } }, { token: coordinator }),
      );
      expect(
        result.participation.belowThreshold.map((b) => [b.person.fullName, b.attendanceRate, b.minimum, b.cohort.id, b.enrolment.id]),
      ).toEqual([
        ['Niran Chai', 0, 0.8, cohortId, enrolmentOf.get('Niran Chai')],
        ['Malai Wong', 0.5, 0.8, cohortId, enrolmentOf.get('Malai Wong')],
        ['Sovann Lim', 0.5, 0.8, cohortId, enrolmentOf.get('Sovann Lim')],
      ]);
    });

    it('the heatmap: one named row per participant for staff, session by session', async () => {
      const result = data(await t.gql<HeatmapData>(HEATMAP, { cohortId }, { token: trainer }));
      const map = result.attendanceHeatmap;
      expect(map.sessions.map((s) => s.id)).toEqual([sessions.past, sessions.now, sessions.future]);
      expect(map.rows.map((r) => [r.label, ...r.cells.map((c) => c.rate)])).toEqual([
        ['Chanthy Keo', 1, 1, null],
        ['Dara Heng', 1, 1, null],
        ['Malai Wong', 1, 0, null],
        ['Niran Chai', 0, 0, null],
        ['Ploy Suda', 1, 1, null],
        ['Sovann Lim', 0, 1, null],
      ]);
      expect(map.rows[0].key).toBe(enrolmentOf.get('Chanthy Keo'));
    });

    it('the heatmap by country: share of the group present or late', async () => {
      const result = data(await t.gql<HeatmapData>(HEATMAP, { cohortId, by: 'COUNTRY' }, { token: coordinator }));
      // Past session: KH Chanthy P, Dara L, Sovann A → 2/3; TH Malai P, Niran E, Ploy P → 2/3.
      // Running session: KH all P → 1; TH only Ploy → 1/3. Future session: not held.
      expect(
        result.attendanceHeatmap.rows.map((r) => [
          r.label,
          ...r.cells.map((c) => (c.rate === null ? null : c.rate.toFixed(6))),
          r.cells[0].people,
        ]),
      ).toEqual([
        ['KH', (2 / 3).toFixed(6), '1.000000', null, 3],
        ['TH', (2 / 3).toFixed(6), (1 / 3).toFixed(6), null, 3],
      ]);
    });
  });

  describe('who may read what', () => {
    it('a trainer reads the cohort they teach, with exact figures and names', async () => {
      const result = data(await t.gql<Learning>(LEARNING, { filter: { cohortId } }, { token: trainer }));
      expect(result.learningResults.overall.paired).toBe(5);
      const below = data(
        await t.gql<{ participation: { belowThreshold: unknown[] } }>(BELOW, { filter: { cohortId } }, { token: trainer }),
      );
      expect(below.participation.belowThreshold).toHaveLength(3);
    });

    const refusals: [string, () => string, string, () => Record<string, unknown>][] = [
      ['a trainee: learning results', () => trainee, LEARNING, () => ({ filter: { cohortId: mine.cohortId } })],
      ['a trainee: participation', () => trainee, PARTICIPATION, () => ({ filter: { cohortId: mine.cohortId }, split: 'SEX' })],
      ['a trainee: heatmap', () => trainee, HEATMAP, () => ({ cohortId: mine.cohortId, by: 'SEX' })],
      ['a trainer without a cohort', () => trainer, LEARNING, () => ({ filter: {} })],
      ['a trainer: participation without a cohort', () => trainer, PARTICIPATION, () => ({ filter: { countryCode: 'KH' }, split: 'SEX' })],
      ['a trainer on a cohort they do not teach', () => trainer, LEARNING, () => ({ filter: { cohortId: otherCohortId } })],
      ['a trainer: heatmap of a cohort they do not teach', () => trainer, HEATMAP, () => ({ cohortId: otherCohortId })],
      ['another cohort’s trainer', () => otherTrainer, PARTICIPATION, () => ({ filter: { cohortId: mine.cohortId }, split: 'COUNTRY' })],
      ['a viewer: the names below the threshold', () => viewer, BELOW, () => ({ filter: { cohortId: mine.cohortId } })],
    ];
    it.each(refusals)('refuses %s', async (_name, token, query, variables) => {
      const result = await t.gql(query, variables(), { token: token() });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(result.data ?? null).toBeNull();
    });

    it('viewers: figures over 1 or 2 people suppressed, larger groups exact', async () => {
      const learning = data(await t.gql<Learning>(LEARNING, { filter: { cohortId } }, { token: viewer }));
      expect(learning.learningResults.overall).toMatchObject({ paired: 5, meanPre: 36, suppressed: false });
      const byCountry = data(
        await t.gql<{ learningResults: { by: { key: string; gain: Gain }[] } }>(
          LEARNING_BY,
          { filter: { cohortId }, split: 'COUNTRY' },
          { token: viewer },
        ),
      );
      // KH has 3 paired people, TH 2 (and Ploy, left out): TH is a small cell, counts and all.
      expect(byCountry.learningResults.by[0].gain).toMatchObject({ paired: 3, meanPre: 40, suppressed: false });
      expect(byCountry.learningResults.by[1]).toEqual({ key: 'TH', label: 'TH', gain: SUPPRESSED_GAIN });

      // Women by country: Chanthy alone in KH, Malai and Ploy in TH.
      const women = data(
        await t.gql<{ participation: { overall: Cell; by: Cell[] } }>(
          PARTICIPATION,
          { filter: { cohortId, gender: 'FEMALE' }, split: 'COUNTRY' },
          { token: viewer },
        ),
      );
      expect(women.participation.overall).toMatchObject({
        people: 3,
        completionRate: expect.closeTo(2 / 3, 6) as unknown,
        suppressed: false,
      });
      expect(women.participation.by).toEqual([
        { key: 'KH', label: 'KH', people: null, attendanceRate: null, completionRate: null, suppressed: true },
        { key: 'TH', label: 'TH', people: null, attendanceRate: null, completionRate: null, suppressed: true },
      ]);
      // The same cells, exact, for staff: KH Chanthy 1 and completed; TH Malai 0.5 and Ploy 1 → 0.75, Malai completed → 0.5.
      const staff = data(
        await t.gql<{ participation: { by: Cell[] } }>(
          PARTICIPATION,
          { filter: { cohortId, gender: 'FEMALE' }, split: 'COUNTRY' },
          { token: coordinator },
        ),
      );
      expect(staff.participation.by).toEqual([
        { key: 'KH', label: 'KH', people: 1, attendanceRate: 1, completionRate: 1, suppressed: false },
        { key: 'TH', label: 'TH', people: 2, attendanceRate: 0.75, completionRate: 0.5, suppressed: false },
      ]);
    });

    it('viewers: the heatmap comes by country, never by name, and small rows are hidden', async () => {
      const unsplit = data(await t.gql<HeatmapData>(HEATMAP, { cohortId }, { token: viewer }));
      expect(unsplit.attendanceHeatmap.rows.map((r) => [r.key, r.cells[1].people])).toEqual([
        ['KH', 3],
        ['TH', 3],
      ]);
      const bySex = data(await t.gql<HeatmapData>(HEATMAP, { cohortId, by: 'SEX' }, { token: viewer }));
      expect(bySex.attendanceHeatmap.rows.map((r) => r.key)).toEqual(['FEMALE', 'MALE']);
      const byGroup = data(await t.gql<HeatmapData>(HEATMAP, { cohortId, by: 'TARGET_GROUP' }, { token: viewer }));
      expect(byGroup.attendanceHeatmap.rows.map((r) => [r.key, r.cells[0]])).toEqual([
        ['BDS_PROVIDER', { sessionId: sessions.past, rate: null, people: null, suppressed: true }],
        ['SME_LEADER', { sessionId: sessions.past, rate: 0.6, people: 5, suppressed: false }],
      ]);
    });
  });
});

describe('learning results and participation cost the same number of SQL statements for 5 or 60 people', () => {
  let t: TestApp;
  let coordinator: string;
  let course: CourseInfo;

  /** A cohort whose participants have a pre- and post-test of module 1 with item responses, and attendance. */
  async function cohortOf(size: number): Promise<string> {
    const em = t.orm.em.fork();
    const people = Array.from({ length: size }, (_, i) =>
      em.create(
        Person,
        new Person(`Learner ${size}-${i}`, i % 2 ? Gender.MALE : Gender.FEMALE, i % 3 ? 'TH' : 'VN', TargetGroup.SME_LEADER),
      ),
    );
    await em.flush();
    const cohort = await makeCohort(t, coordinator, {
      course,
      trainerIds: [await userId(t, 'trainer@corridor.test')],
      capacity: size,
      slots: [
        { module: 0, startsIn: -50, hours: 7 },
        { module: 1, startsIn: -26, hours: 7 },
      ],
    });
    const enrolments = await enrol(
      t,
      coordinator,
      cohort.id,
      people.map((p) => p.id),
    );
    const assessments = await em.find(Assessment, {
      module: course.modules[0].id,
      kind: { $in: [AssessmentKind.PRE_TEST, AssessmentKind.POST_TEST] },
    });
    const questions = await em.find(Question, { module: course.modules[0].id, retired: false });
    enrolments.forEach((enrolmentId, i) => {
      for (const assessment of assessments) {
        const right = (i + (assessment.kind === AssessmentKind.POST_TEST ? 9 : 4)) % questions.length;
        const result = em.create(
          AssessmentResult,
          new AssessmentResult(
            em.getReference(Enrolment, enrolmentId, { wrapped: true }),
            em.getReference(Assessment, assessment.id, { wrapped: true }),
            Math.round((1000 * right) / questions.length) / 10,
            false,
          ),
        );
        questions.forEach((q, k) =>
          em.persist(
            new QuestionResponse(
              em.getReference(AssessmentResult, result.id, { wrapped: true }),
              em.getReference(Question, q.id, { wrapped: true }),
              k < right,
            ),
          ),
        );
      }
      for (const session of cohort.sessions) {
        em.persist(
          new AttendanceRecord(
            em.getReference(TrainingSession, session.id, { wrapped: true }),
            em.getReference(Enrolment, enrolmentId, { wrapped: true }),
            i % 4 ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT,
          ),
        );
      }
    });
    await em.flush();
    return cohort.id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.signIn('coordinator@corridor.test');
    course = await courseInfo(t, coordinator, 'sme-cluster-development');
  }, 120_000);
  afterAll(() => t.close());

  const FULL_LEARNING = `query($filter: ReportFilter) { learningResults(filter: $filter) { overall { ${GAIN} }
    byModule { module { id title } gain { ${GAIN} } questions { key prompt paired rightBefore rightAfter suppressed } }
    country: by(split: COUNTRY) { key label gain { ${GAIN} } } cohort: by(split: COHORT) { key label } } }`;
  const FULL_PARTICIPATION = `query($filter: ReportFilter) { participation(filter: $filter) { overall { ${CELL} }
    country: by(split: COUNTRY) { ${CELL} } cohort: by(split: COHORT) { ${CELL} }
    belowThreshold { enrolment { id } person { fullName } cohort { title } attendanceRate minimum } } }`;

  it.each([
    ['learningResults', FULL_LEARNING, 'byModule'],
    ['participation', FULL_PARTICIPATION, 'belowThreshold'],
  ] as const)(
    '%s',
    async (name, query, grows) => {
      const small = await cohortOf(5);
      const large = await cohortOf(60);
      const run = async (cohortId: string) => {
        let size = 0;
        const counted = await countStatements(t.orm, async () => {
          const result = await t.gql<Record<string, Record<string, unknown>>>(query, { filter: { cohortId } }, { token: coordinator });
          expect(result.errors).toBeUndefined();
          size = JSON.stringify(result.data![name === 'learningResults' ? 'learningResults' : 'participation'][grows]).length;
        });
        return { ...counted, size };
      };
      const a = await run(small);
      const b = await run(large);
      expect(b.size).toBeGreaterThan(0);
      // An N+1 would add dozens of statements for the larger cohort; a loader batch split in two on PostgreSQL adds one.
      expect(Math.abs(b.count - a.count)).toBeLessThanOrEqual(1);
      if (process.env.SHOW_QUERY_COST) console.log(`${name}: ${a.count} statements for 5 people, ${b.count} for 60`);
      expect(a.count).toBeLessThanOrEqual(12);
    },
    120_000,
  );
});
