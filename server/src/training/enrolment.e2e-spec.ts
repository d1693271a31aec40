import { errorCode, startTestApp, type TestApp } from '../../test/test-app';
import { courseInfo, enrol, isoDate, makeCohort, personIdOf, trainingSnapshot, userId, type CourseInfo } from './training-fixtures';

const APPLY = 'mutation($input: ApplyForCohortInput!) { applyForCohort(input: $input) { enrolment { id status motivation } } }';
const DECIDE = 'mutation($input: DecideEnrolmentInput!) { decideEnrolment(input: $input) { enrolment { id status reason } } }';
const WITHDRAW = 'mutation($input: WithdrawEnrolmentInput!) { withdrawEnrolment(input: $input) { enrolment { id status } } }';
const MINE = '{ myEnrolments { id status reason cohort { id title } history { action actor { email } changes { field from to } } } }';
const COHORT = 'query($id: ID!) { cohort(id: $id) { id enrolmentOpen seatsTaken capacity enrolments(first: 50) { totalCount edges { node { id status person { fullName } } } } } }';

describe('enrolment: apply, decide, withdraw', () => {
  let t: TestApp;
  let coordinator: string;
  let trainer: string;
  let trainee: string;
  let otherTrainee: string;
  let course: CourseInfo;
  let trainerId: string;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.signIn('coordinator@corridor.test');
    trainer = await t.signIn('trainer@corridor.test');
    trainee = await t.signIn('trainee@corridor.test');
    otherTrainee = await t.signIn('sreymom.sok@corridor.test');
    course = await courseInfo(t, coordinator, 'sme-cluster-development');
    trainerId = await userId(t, 'trainer@corridor.test');
  });
  afterAll(() => t.close());

  it('a trainee applies to an open cohort, the coordinator approves, and the trainee sees it with its history', async () => {
    const cohort = await makeCohort(t, coordinator, { course, trainerIds: [trainerId], slots: [], startsOn: isoDate(30), endsOn: isoDate(45) });
    const visible = await t.gql<{ cohort: { enrolmentOpen: boolean } }>(COHORT, { id: cohort.id }, { token: trainee });
    expect(visible.data!.cohort.enrolmentOpen).toBe(true);

    const applied = await t.gql<{ applyForCohort: { enrolment: { id: string; status: string; motivation: string } } }>(
      APPLY,
      { input: { cohortId: cohort.id, motivation: '  I lead a rice producer group\nof 40 farmers.  ' } },
      { token: trainee },
    );
    expect(applied.errors).toBeUndefined();
    const enrolment = applied.data!.applyForCohort.enrolment;
    expect(enrolment).toMatchObject({ status: 'PENDING', motivation: 'I lead a rice producer group\nof 40 farmers.' });

    const twice = await t.gql(APPLY, { input: { cohortId: cohort.id } }, { token: trainee });
    expect(errorCode(twice)).toBe('CONFLICT');
    expect(twice.errors![0].message).toMatch(/already applied/);

    const approved = await t.gql<{ decideEnrolment: { enrolment: { status: string } } }>(DECIDE, { input: { enrolmentId: enrolment.id, decision: 'APPROVE' } }, { token: coordinator });
    expect(approved.data!.decideEnrolment.enrolment.status).toBe('APPROVED');

    const mine = await t.gql<{ myEnrolments: { id: string; status: string; history: { action: string; actor: { email: string }; changes: { field: string; from: string | null; to: string }[] }[] }[] }>(MINE, {}, { token: trainee });
    const seen = mine.data!.myEnrolments.find((e) => e.id === enrolment.id)!;
    expect(seen.status).toBe('APPROVED');
    expect(seen.history.map((h) => [h.action, h.actor.email])).toEqual([
      ['applied', 'trainee@corridor.test'],
      ['approved', 'coordinator@corridor.test'],
    ]);
    expect(seen.history[1].changes).toContainEqual({ field: 'status', from: 'PENDING', to: 'APPROVED' });
  });

  it('refuses approving beyond capacity; a withdrawal frees the place for the waitlist', async () => {
    const cohort = await makeCohort(t, coordinator, { course, trainerIds: [trainerId], slots: [], startsOn: isoDate(30), endsOn: isoDate(45), capacity: 1 });
    const a = (await t.gql<{ applyForCohort: { enrolment: { id: string } } }>(APPLY, { input: { cohortId: cohort.id } }, { token: trainee })).data!.applyForCohort.enrolment.id;
    const b = (await t.gql<{ applyForCohort: { enrolment: { id: string } } }>(APPLY, { input: { cohortId: cohort.id } }, { token: otherTrainee })).data!.applyForCohort.enrolment.id;
    await t.gql(DECIDE, { input: { enrolmentId: a, decision: 'APPROVE' } }, { token: coordinator });

    const before = await trainingSnapshot(t);
    const full = await t.gql(DECIDE, { input: { enrolmentId: b, decision: 'APPROVE' } }, { token: coordinator });
    expect(errorCode(full)).toBe('CONFLICT');
    expect(full.errors![0].message).toMatch(/full \(1 of 1 places\)/);
    expect(await trainingSnapshot(t)).toBe(before);

    const waitlisted = await t.gql<{ decideEnrolment: { enrolment: { status: string; reason: string } } }>(DECIDE, { input: { enrolmentId: b, decision: 'WAITLIST', reason: 'The cohort is full; you are first on the waitlist.' } }, { token: coordinator });
    expect(waitlisted.data!.decideEnrolment.enrolment).toMatchObject({ status: 'WAITLISTED', reason: 'The cohort is full; you are first on the waitlist.' });
    // The applicant sees the reason.
    const theirs = await t.gql<{ myEnrolments: { id: string; reason: string }[] }>(MINE, {}, { token: otherTrainee });
    expect(theirs.data!.myEnrolments.find((e) => e.id === b)!.reason).toMatch(/waitlist/);

    // A closed (full) cohort refuses new applications.
    const closed = await t.gql<{ cohort: { enrolmentOpen: boolean } }>(COHORT, { id: cohort.id }, { token: coordinator });
    expect(closed.data!.cohort.enrolmentOpen).toBe(false);

    const withdrawn = await t.gql<{ withdrawEnrolment: { enrolment: { status: string } } }>(WITHDRAW, { input: { enrolmentId: a, reason: 'Harvest season' } }, { token: trainee });
    expect(withdrawn.data!.withdrawEnrolment.enrolment.status).toBe('WITHDRAWN');
    const nowApproved = await t.gql<{ decideEnrolment: { enrolment: { status: string; reason: string | null } } }>(DECIDE, { input: { enrolmentId: b, decision: 'APPROVE' } }, { token: coordinator });
    expect(nowApproved.data!.decideEnrolment.enrolment).toMatchObject({ status: 'APPROVED', reason: null });
  });

  it('lets a coordinator enrol people directly, all or none', async () => {
    const cohort = await makeCohort(t, coordinator, { course, trainerIds: [trainerId], slots: [], capacity: 2 });
    const people = [await personIdOf(t, 'trainee@corridor.test'), await personIdOf(t, 'sreymom.sok@corridor.test'), await personIdOf(t, 'dara.chrim@corridor.test')];
    const before = await trainingSnapshot(t);
    const tooMany = await t.gql('mutation($input: EnrolPeopleInput!) { enrolPeople(input: $input) { enrolled { id } } }', { input: { cohortId: cohort.id, personIds: people } }, { token: coordinator });
    expect(errorCode(tooMany)).toBe('CONFLICT');
    expect(tooMany.errors![0].message).toMatch(/Nobody was enrolled/);
    expect(await trainingSnapshot(t)).toBe(before);

    const ids = await enrol(t, coordinator, cohort.id, people.slice(0, 2));
    expect(ids.every(Boolean)).toBe(true);
    const again = await t.gql<{ enrolPeople: { enrolled: unknown[]; alreadyEnrolled: { id: string }[] } }>('mutation($input: EnrolPeopleInput!) { enrolPeople(input: $input) { enrolled { id } alreadyEnrolled { id } } }', { input: { cohortId: cohort.id, personIds: people.slice(0, 2) } }, { token: coordinator });
    expect(again.data!.enrolPeople.enrolled).toEqual([]);
    expect(again.data!.enrolPeople.alreadyEnrolled).toHaveLength(2);
  });

  it('shows a trainer only the cohorts they teach, and a trainee only their own enrolment in a cohort', async () => {
    const mine = await makeCohort(t, coordinator, { course, trainerIds: [trainerId], slots: [] });
    const other = await makeCohort(t, coordinator, { course, trainerIds: [await userId(t, 'thanakorn.srisawat@corridor.test')], slots: [], startsOn: isoDate(-40), endsOn: isoDate(-35) });
    await enrol(t, coordinator, mine.id, [await personIdOf(t, 'trainee@corridor.test'), await personIdOf(t, 'sreymom.sok@corridor.test')]);

    const list = await t.gql<{ cohorts: { id: string }[] }>('{ cohorts { id } }', {}, { token: trainer });
    const ids = list.data!.cohorts.map((c) => c.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(other.id);
    expect(errorCode(await t.gql(COHORT, { id: other.id }, { token: trainer }))).toBe('FORBIDDEN');

    const roster = await t.gql<{ cohort: { enrolments: { totalCount: number } } }>(COHORT, { id: mine.id }, { token: trainer });
    expect(roster.data!.cohort.enrolments.totalCount).toBe(2);
    const own = await t.gql<{ cohort: { enrolments: { totalCount: number; edges: { node: { person: { fullName: string } } }[] } } }>(COHORT, { id: mine.id }, { token: trainee });
    expect(own.data!.cohort.enrolments.totalCount).toBe(1);
    expect(own.data!.cohort.enrolments.edges[0].node.person.fullName).toBe('Chan Sokha');
  });

  it('shows one enrolment to its trainee and the cohort’s trainers, and to nobody else', async () => {
    const cohort = await makeCohort(t, coordinator, { course, trainerIds: [trainerId], slots: [] });
    const [id] = await enrol(t, coordinator, cohort.id, [await personIdOf(t, 'trainee@corridor.test')]);
    const query = 'query($id: ID!) { enrolment(id: $id) { id status assessmentsCheck: cohort { id } } }';
    expect((await t.gql<{ enrolment: { id: string } }>(query, { id }, { token: trainee })).data!.enrolment.id).toBe(id);
    expect((await t.gql<{ enrolment: { id: string } }>(query, { id }, { token: trainer })).data!.enrolment.id).toBe(id);
    expect(errorCode(await t.gql(query, { id }, { token: otherTrainee }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(query, { id }, { token: await t.signIn('thanakorn.srisawat@corridor.test') }))).toBe('FORBIDDEN');
    expect((await t.gql<{ enrolment: null }>(query, { id: '00000000-0000-4000-8000-000000000000' }, { token: trainee })).data!.enrolment).toBeNull();
  });

  it('lists the trainers a coordinator can assign', async () => {
    const list = await t.gql<{ trainers: { email: string; roles: string[] }[] }>('{ trainers { email roles } }', {}, { token: coordinator });
    const emails = list.data!.trainers.map((u) => u.email);
    expect(emails).toEqual(expect.arrayContaining(['trainer@corridor.test', 'thanakorn.srisawat@corridor.test']));
    expect(list.data!.trainers.every((u) => u.roles.includes('TRAINER'))).toBe(true);
    expect(errorCode(await t.gql('{ trainers { email } }', {}, { token: trainee }))).toBe('FORBIDDEN');
  });

  describe('refused requests change nothing', () => {
    let pending: string;
    let closedCohort: string;
    beforeAll(async () => {
      const open = await makeCohort(t, coordinator, { course, trainerIds: [trainerId], slots: [], startsOn: isoDate(20), endsOn: isoDate(25) });
      pending = (await t.gql<{ applyForCohort: { enrolment: { id: string } } }>(APPLY, { input: { cohortId: open.id } }, { token: otherTrainee })).data!.applyForCohort.enrolment.id;
      closedCohort = (await makeCohort(t, coordinator, { course, trainerIds: [trainerId], slots: [], startsOn: isoDate(10), endsOn: isoDate(15), enrolmentClosesOn: isoDate(-1) })).id;
    });

    it.each([
      ['a trainee deciding', () => ({ query: DECIDE, vars: { input: { enrolmentId: pending, decision: 'APPROVE' } }, token: trainee }), 'FORBIDDEN'],
      ['a trainer deciding', () => ({ query: DECIDE, vars: { input: { enrolmentId: pending, decision: 'APPROVE' } }, token: trainer }), 'FORBIDDEN'],
      ['rejecting without a reason', () => ({ query: DECIDE, vars: { input: { enrolmentId: pending, decision: 'REJECT', reason: '   ' } }, token: coordinator }), 'BAD_USER_INPUT'],
      ['applying to a closed cohort', () => ({ query: APPLY, vars: { input: { cohortId: closedCohort } }, token: trainee }), 'CONFLICT'],
      ['a trainee withdrawing someone else', () => ({ query: WITHDRAW, vars: { input: { enrolmentId: pending } }, token: trainee }), 'FORBIDDEN'],
      ['deciding an unknown enrolment', () => ({ query: DECIDE, vars: { input: { enrolmentId: '00000000-0000-4000-8000-000000000000', decision: 'APPROVE' } }, token: coordinator }), 'NOT_FOUND'],
      ['a malformed id', () => ({ query: DECIDE, vars: { input: { enrolmentId: 'nope', decision: 'APPROVE' } }, token: coordinator }), 'BAD_USER_INPUT'],
      ['a trainer creating a cohort', () => ({ query: 'mutation($input: CreateCohortInput!) { createCohort(input: $input) { cohort { id } } }', vars: { input: { courseId: course.id, title: 'Mine', startsOn: isoDate(1), endsOn: isoDate(2), language: 'en', capacity: 5 } }, token: trainer }), 'FORBIDDEN'],
      ['a cohort ending before it starts', () => ({ query: 'mutation($input: CreateCohortInput!) { createCohort(input: $input) { cohort { id } } }', vars: { input: { courseId: course.id, title: 'Backwards', startsOn: isoDate(5), endsOn: isoDate(2), language: 'en', capacity: 5 } }, token: coordinator }), 'BAD_USER_INPUT'],
    ])('%s', async (_name, request, code) => {
      const before = await trainingSnapshot(t);
      const { query, vars, token } = request();
      const result = await t.gql(query, vars, { token });
      expect(errorCode(result)).toBe(code);
      expect(result.errors![0].message.length).toBeGreaterThan(10);
      expect(await trainingSnapshot(t)).toBe(before);
    });
  });
});
