import { errorCode, startTestApp, type TestApp } from '../../test/test-app';
import { courseInfo, enrol, isoDate, makeCohort, newTrainee, trainingSnapshot, userId, type CourseInfo } from './training-fixtures';

const SAVE = 'mutation($input: SaveActionPlanInput!) { saveActionPlan(input: $input) { actionPlan { id status objectives activities { title startsOn endsOn } smes { name province } supportNeeded reviewerComment } } }';
const SUBMIT = 'mutation($id: ID!) { submitActionPlan(id: $id) { actionPlan { id status submittedAt } } }';
const REVIEW = 'mutation($input: ReviewActionPlanInput!) { reviewActionPlan(input: $input) { actionPlan { id status reviewerComment reviewedBy { email } } } }';
const REPORT = 'mutation($input: AddProgressReportInput!) { addProgressReport(input: $input) { progressReport { id reportedOn done smesReached } } }';

const PLAN = {
  objectives: 'Form an export consortium of three rice LPGs in Banteay Meanchey.',
  activities: [
    { title: 'Meet the three group leaders', startsOn: isoDate(7), endsOn: isoDate(8) },
    { title: 'Agree a shared quality standard', startsOn: isoDate(20), endsOn: null },
  ],
  smes: [{ name: 'Mongkol Borei Rice LPG', province: 'Banteay Meanchey' }, { name: 'Serei Saophoan women’s rice group', province: 'Banteay Meanchey', note: '12 members' }],
  supportNeeded: 'An introduction to a Thai buyer in Sa Kaeo.',
};

describe('action plans: draft, submit, review, revise, report', () => {
  let t: TestApp;
  let coordinator: string;
  let trainer: string;
  let otherTrainer: string;
  let trainee: { token: string; personId: string };
  let classmate: { token: string; personId: string };
  let course: CourseInfo;
  let enrolment: string;
  let cohortId: string;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.signIn('coordinator@corridor.test');
    trainer = await t.signIn('trainer@corridor.test');
    otherTrainer = await t.signIn('thanakorn.srisawat@corridor.test');
    trainee = await newTrainee(t, 'Chea Sophal');
    classmate = await newTrainee(t, 'Lim Bopha');
    course = await courseInfo(t, coordinator, 'sme-cluster-development');
    const cohort = await makeCohort(t, coordinator, { course, trainerIds: [await userId(t, 'trainer@corridor.test')], slots: [{ module: 0, startsIn: -30, hours: 7 }] });
    cohortId = cohort.id;
    [enrolment] = await enrol(t, coordinator, cohort.id, [trainee.personId, classmate.personId]);
  });
  afterAll(() => t.close());

  it('goes from draft to accepted, with a returned round in between, and takes progress reports', async () => {
    const draft = await t.gql<{ saveActionPlan: { actionPlan: { id: string; status: string; smes: unknown[] } } }>(SAVE, { input: { enrolmentId: enrolment, moduleId: course.modules[0].id, ...PLAN } }, { token: trainee.token });
    expect(draft.errors).toBeUndefined();
    const plan = draft.data!.saveActionPlan.actionPlan;
    expect(plan.status).toBe('DRAFT');
    expect(plan.smes).toHaveLength(2);

    expect((await t.gql<{ submitActionPlan: { actionPlan: { status: string } } }>(SUBMIT, { id: plan.id }, { token: trainee.token })).data!.submitActionPlan.actionPlan.status).toBe('SUBMITTED');
    const queue = await t.gql<{ cohort: { actionPlans: { id: string; enrolment: { person: { fullName: string } } }[] } }>('query($id: ID!) { cohort(id: $id) { actionPlans(status: [SUBMITTED]) { id enrolment { person { fullName } } } } }', { id: cohortId }, { token: trainer });
    expect(queue.data!.cohort.actionPlans).toEqual([{ id: plan.id, enrolment: { person: { fullName: 'Chea Sophal' } } }]);

    const returned = await t.gql<{ reviewActionPlan: { actionPlan: { status: string; reviewerComment: string } } }>(REVIEW, { input: { actionPlanId: plan.id, decision: 'RETURN', comment: 'Add how many SMEs each LPG has.' } }, { token: trainer });
    expect(returned.data!.reviewActionPlan.actionPlan).toMatchObject({ status: 'RETURNED', reviewerComment: 'Add how many SMEs each LPG has.' });

    const revised = await t.gql(SAVE, { input: { id: plan.id, enrolmentId: enrolment, moduleId: course.modules[0].id, ...PLAN, objectives: `${PLAN.objectives} 45 SMEs in all.` } }, { token: trainee.token });
    expect(revised.errors).toBeUndefined();
    await t.gql(SUBMIT, { id: plan.id }, { token: trainee.token });
    const accepted = await t.gql<{ reviewActionPlan: { actionPlan: { status: string; reviewedBy: { email: string } } } }>(REVIEW, { input: { actionPlanId: plan.id, decision: 'ACCEPT' } }, { token: trainer });
    expect(accepted.data!.reviewActionPlan.actionPlan).toMatchObject({ status: 'ACCEPTED', reviewedBy: { email: 'trainer@corridor.test' } });

    const report = await t.gql<{ addProgressReport: { progressReport: { smesReached: number } } }>(REPORT, { input: { actionPlanId: plan.id, reportedOn: isoDate(30), done: 'Held the first consortium meeting.', results: 'Two LPGs signed up.', smesReached: 28 } }, { token: trainee.token });
    expect(report.data!.addProgressReport.progressReport.smesReached).toBe(28);

    const progress = await t.gql<{ myEnrolments: { id: string; progress: { modules: { actionPlanStatus: string | null }[]; requirements: { kind: string; met: boolean }[] }; actionPlans: { progressReports: { done: string }[] }[] }[] }>(
      '{ myEnrolments { id progress { modules { actionPlanStatus } requirements { kind met } } actionPlans { progressReports { done } } } }',
      {},
      { token: trainee.token },
    );
    const mine = progress.data!.myEnrolments.find((e) => e.id === enrolment)!;
    expect(mine.progress.modules[0].actionPlanStatus).toBe('ACCEPTED');
    expect(mine.progress.requirements).toContainEqual({ kind: 'ACTION_PLAN_ACCEPTED', met: true });
    expect(mine.actionPlans[0].progressReports).toEqual([{ done: 'Held the first consortium meeting.' }]);
    const history = await t.gql<{ cohort: { history: { edges: { node: { action: string; subjectType: string } }[] } } }>('query($id: ID!) { cohort(id: $id) { history { edges { node { action subjectType } } } } }', { id: cohortId }, { token: coordinator });
    expect(history.data!.cohort.history.edges.map((e) => e.node).filter((n) => n.subjectType === 'action-plan').map((n) => n.action)).toEqual(['accepted', 'submitted', 'returned', 'submitted']);
  });

  describe('refused requests change nothing', () => {
    let submitted: string;
    beforeAll(async () => {
      const saved = await t.gql<{ saveActionPlan: { actionPlan: { id: string } } }>(SAVE, { input: { enrolmentId: enrolment, ...PLAN } }, { token: trainee.token });
      submitted = saved.data!.saveActionPlan.actionPlan.id;
      await t.gql(SUBMIT, { id: submitted }, { token: trainee.token });
    });

    it.each([
      ['a classmate writing someone else’s plan', () => ({ query: SAVE, vars: { input: { enrolmentId: enrolment, ...PLAN } }, token: classmate.token }), 'FORBIDDEN'],
      ['editing a submitted plan', () => ({ query: SAVE, vars: { input: { id: submitted, enrolmentId: enrolment, ...PLAN } }, token: trainee.token }), 'CONFLICT'],
      ['returning a plan without comments', () => ({ query: REVIEW, vars: { input: { actionPlanId: submitted, decision: 'RETURN', comment: ' ' } }, token: trainer }), 'BAD_USER_INPUT'],
      ['a trainee reviewing', () => ({ query: REVIEW, vars: { input: { actionPlanId: submitted, decision: 'ACCEPT' } }, token: trainee.token }), 'FORBIDDEN'],
      ['the trainer of another cohort reviewing', () => ({ query: REVIEW, vars: { input: { actionPlanId: submitted, decision: 'ACCEPT' } }, token: otherTrainer }), 'FORBIDDEN'],
      ['an activity ending before it starts', () => ({ query: SAVE, vars: { input: { enrolmentId: enrolment, ...PLAN, activities: [{ title: 'Backwards', startsOn: isoDate(9), endsOn: isoDate(3) }] } }, token: trainee.token }), 'BAD_USER_INPUT'],
      ['a progress report from someone else', () => ({ query: REPORT, vars: { input: { actionPlanId: submitted, reportedOn: isoDate(1), done: 'Nothing' } }, token: classmate.token }), 'FORBIDDEN'],
    ])('%s', async (_name, request, code) => {
      const before = await trainingSnapshot(t);
      const { query, vars, token } = request();
      const result = await t.gql(query, vars, { token });
      expect(errorCode(result)).toBe(code);
      expect(await trainingSnapshot(t)).toBe(before);
    });
  });
});
