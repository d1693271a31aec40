import { Gender, TargetGroup } from '../common/enums';
import { Person } from '../people/person.entity';
import { countStatements } from '../../test/sql-counter';
import { startTestApp, type TestApp } from '../../test/test-app';
import { courseInfo, enrol, makeCohort, userId, type CourseInfo } from './training-fixtures';

const ROSTER = `query($id: ID!) { cohort(id: $id) { title seatsTaken enrolmentOpen trainers { email }
  enrolments(first: 500) { totalCount edges { node { id status person { fullName nativeName organisation { name } } attendanceRate completed } } } } }`;
const SHEET = `query($id: ID!) { trainingSession(id: $id) { startsAt module { title } attendanceSheet { enrolment { id person { fullName nativeName } } record { status note } } } }`;
const GRADEBOOK = `query($id: ID!) { cohort(id: $id) {
  course { modules { title assessments { id kind title maxScore passScore } } }
  enrolments(first: 500) { edges { node { id person { fullName } attendanceRate completed
    results { score passed attempt assessment { id } }
    progress { requirements { kind met } modules { postTestPassed actionPlanStatus preTest { score } postTest { score } } } } } } } }`;

describe('the roster, the attendance sheet and the gradebook cost the same number of SQL statements for 10 or 200 people', () => {
  let t: TestApp;
  let coordinator: string;
  let trainer: string;
  let course: CourseInfo;

  async function cohortOf(size: number): Promise<{ cohortId: string; sessionId: string }> {
    const em = t.orm.em.fork();
    const people = Array.from({ length: size }, (_, i) => em.create(Person, new Person(`Participant ${size}-${i}`, i % 2 ? Gender.MALE : Gender.FEMALE, 'TH', TargetGroup.SME_LEADER)));
    await em.flush();
    const cohort = await makeCohort(t, coordinator, { course, trainerIds: [await userId(t, 'trainer@corridor.test')], capacity: size, slots: [{ module: 0, startsIn: -50, hours: 7 }, { module: 0, startsIn: -26, hours: 7 }, { module: 1, startsIn: -2, hours: 7 }] });
    const enrolments = await enrol(t, coordinator, cohort.id, people.map((p) => p.id));
    for (const session of cohort.sessions) {
      const marks = enrolments.map((id, i) => ({ enrolmentId: id, status: i % 7 === 0 ? 'ABSENT' : 'PRESENT' }));
      await t.gql('mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { records { id } } }', { input: { sessionId: session.id, marks } }, { token: trainer });
    }
    const assignment = course.modules.flatMap((m) => m.assessments).find((a) => a.kind === 'ASSIGNMENT')!;
    await t.gql('mutation($input: RecordAssessmentResultsInput!) { recordAssessmentResults(input: $input) { results { id } } }', { input: { assessmentId: assignment.id, results: enrolments.map((id, i) => ({ enrolmentId: id, score: i % assignment.maxScore })) } }, { token: trainer });
    return { cohortId: cohort.id, sessionId: cohort.sessions[0].id };
  }

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.signIn('coordinator@corridor.test');
    trainer = await t.signIn('trainer@corridor.test');
    course = await courseInfo(t, coordinator, 'sme-cluster-development');
  });
  afterAll(() => t.close());

  it.each([
    ['roster', ROSTER, 'cohortId'],
    ['attendance sheet', SHEET, 'sessionId'],
    ['gradebook', GRADEBOOK, 'cohortId'],
  ] as const)('%s', async (_name, query, key) => {
    const small = await cohortOf(10);
    const large = await cohortOf(200);
    const run = async (ids: { cohortId: string; sessionId: string }) => {
      let rows = 0;
      const counted = await countStatements(t.orm, async () => {
        const result = await t.gql<Record<string, unknown>>(query, { id: ids[key] }, { token: trainer });
        expect(result.errors).toBeUndefined();
        rows = JSON.stringify(result.data).split('"fullName"').length - 1;
      });
      return { ...counted, rows };
    };
    const a = await run(small);
    const b = await run(large);
    expect([a.rows, b.rows]).toEqual([10, 200]);
    // Field loaders batch per tick; on PostgreSQL a batch is now and then split in two, so the
    // count may differ by one either way. An N+1 would add ~190 statements for the larger cohort.
    expect(Math.abs(b.count - a.count)).toBeLessThanOrEqual(1);
    if (process.env.SHOW_QUERY_COST) console.log(`${_name}: ${a.count} statements for 10 people, ${b.count} for 200`);
    expect(a.count).toBeLessThanOrEqual(20);
  });
});
