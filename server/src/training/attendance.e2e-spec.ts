import { errorCode, startTestApp, type TestApp } from '../../test/test-app';
import { TrainingSession } from '../training-sessions/training-session.entity';
import { courseInfo, enrol, makeCohort, personIdOf, trainingSnapshot, userId, type CourseInfo } from './training-fixtures';

const RECORD = 'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { records { id status note enrolment { id } } } }';
const SHEET = 'query($id: ID!) { trainingSession(id: $id) { id held attendanceSheet { enrolment { id person { fullName } } record { status note } } } }';
const OPEN = 'mutation($id: ID!) { openCheckIn(sessionId: $id) { session { id checkInCode checkInOpen } } }';
const CHECK_IN = 'mutation($input: CheckInInput!) { checkIn(input: $input) { record { status enrolment { id } } } }';
const RATE = 'query($id: ID!) { cohort(id: $id) { enrolments(first: 50) { edges { node { id attendanceRate progress { sessionsHeld sessionsAttended } } } } } }';

describe('attendance: the sheet, its history, self check-in and the rate', () => {
  let t: TestApp;
  let coordinator: string;
  let trainer: string;
  let otherTrainer: string;
  let trainee: string;
  let outsider: string;
  let course: CourseInfo;
  let cohort: Awaited<ReturnType<typeof makeCohort>>;
  let enrolments: string[];
  let past: string;
  let current: string;
  let future: string;
  let lateStart: string;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.signIn('coordinator@corridor.test');
    trainer = await t.signIn('trainer@corridor.test');
    otherTrainer = await t.signIn('thanakorn.srisawat@corridor.test');
    trainee = await t.signIn('trainee@corridor.test');
    outsider = await t.signIn('dara.chrim@corridor.test');
    course = await courseInfo(t, coordinator, 'bds-provider-strengthening');
    cohort = await makeCohort(t, coordinator, {
      course,
      trainerIds: [await userId(t, 'trainer@corridor.test')],
      slots: [
        { module: 0, startsIn: -48, hours: 7 },
        { module: 0, startsIn: -5 / 60, hours: 6 },
        { module: 1, startsIn: 24, hours: 7 },
        { module: 1, startsIn: -1, hours: 6 },
        { module: 2, startsIn: -24 * 7, hours: 7 },
      ],
    });
    const ordered = [...cohort.sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    // scheduleSessions returns sessions in time order: last week, two days ago, an hour ago, 5 minutes ago, tomorrow.
    [, past, lateStart, current, future] = ordered.map((s) => s.id);
    const cancelled = ordered[0].id;
    await t.gql('mutation($input: UpdateSessionInput!) { updateSession(input: $input) { session { cancelled } } }', { input: { id: cancelled, cancelled: true } }, { token: coordinator });
    enrolments = await enrol(t, coordinator, cohort.id, [await personIdOf(t, 'trainee@corridor.test'), await personIdOf(t, 'sreymom.sok@corridor.test')]);
  });
  afterAll(() => t.close());

  it('records a whole sheet in one call, updates it, and keeps every change with who and when', async () => {
    const first = await t.gql<{ recordAttendance: { records: { status: string; note: string | null; enrolment: { id: string } }[] } }>(
      RECORD,
      { input: { sessionId: past, marks: [{ enrolmentId: enrolments[0], status: 'PRESENT' }, { enrolmentId: enrolments[1], status: 'ABSENT', note: 'Sick' }] } },
      { token: trainer },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordAttendance.records).toHaveLength(2);

    const again = await t.gql(RECORD, { input: { sessionId: past, marks: [{ enrolmentId: enrolments[1], status: 'EXCUSED', note: 'Sick, with a note from the clinic' }] } }, { token: trainer });
    expect(again.errors).toBeUndefined();
    const sheet = await t.gql<{ trainingSession: { attendanceSheet: { enrolment: { id: string }; record: { status: string; note: string | null } | null }[] } }>(SHEET, { id: past }, { token: trainer });
    expect(sheet.data!.trainingSession.attendanceSheet.map((line) => [line.enrolment.id, line.record?.status])).toEqual(
      expect.arrayContaining([
        [enrolments[0], 'PRESENT'],
        [enrolments[1], 'EXCUSED'],
      ]),
    );

    const history = await t.gql<{ cohort: { history: { edges: { node: { action: string; subjectType: string; actor: { email: string }; changes: { field: string; from: string | null; to: string | null }[] } }[] } } }>(
      'query($id: ID!) { cohort(id: $id) { history(first: 20) { edges { node { action subjectType actor { email } changes { field from to } } } } } }',
      { id: cohort.id },
      { token: coordinator },
    );
    const changes = history.data!.cohort.history.edges.map((e) => e.node).filter((n) => n.subjectType === 'attendance');
    expect(changes[0]).toMatchObject({ action: 'changed', actor: { email: 'trainer@corridor.test' } });
    expect(changes[0].changes).toContainEqual({ field: 'status', from: 'ABSENT', to: 'EXCUSED' });
    expect(changes.filter((c) => c.action === 'recorded')).toHaveLength(2);
  });

  it('keeps a session with people marked present from moving to a time still to come', async () => {
    const UPDATE = 'mutation($input: UpdateSessionInput!) { updateSession(input: $input) { session { startsAt } } }';
    const before = await t.gql<{ trainingSession: { startsAt: string; endsAt: string } }>('query($id: ID!) { trainingSession(id: $id) { startsAt endsAt } }', { id: past }, { token: coordinator });
    const tomorrow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
    const moved = await t.gql(UPDATE, { input: { id: past, startsAt: tomorrow(24), endsAt: tomorrow(30) } }, { token: coordinator });
    expect(moved.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsAt', reason: 'SESSION_ATTENDED' });
    const after = await t.gql<{ trainingSession: { startsAt: string } }>('query($id: ID!) { trainingSession(id: $id) { startsAt } }', { id: past }, { token: coordinator });
    expect(after.data!.trainingSession.startsAt).toBe(before.data!.trainingSession.startsAt);
    // Within the past it may move: the marks still stand for a session that took place.
    const earlier = new Date(Date.parse(before.data!.trainingSession.startsAt) - 3_600_000).toISOString();
    const ok = await t.gql(UPDATE, { input: { id: past, startsAt: earlier } }, { token: coordinator });
    expect(ok.errors).toBeUndefined();
  });

  it('counts only held sessions in the attendance rate', async () => {
    // Held: two days ago (PRESENT / EXCUSED), an hour ago and now (nothing yet). Tomorrow and the cancelled one do not count.
    const rates = await t.gql<{ cohort: { enrolments: { edges: { node: { id: string; attendanceRate: number; progress: { sessionsHeld: number; sessionsAttended: number } } }[] } } }>(RATE, { id: cohort.id }, { token: trainer });
    const byId = new Map(rates.data!.cohort.enrolments.edges.map((e) => [e.node.id, e.node]));
    expect(byId.get(enrolments[0])!.progress).toEqual({ sessionsHeld: 3, sessionsAttended: 1 });
    expect(byId.get(enrolments[0])!.attendanceRate).toBeCloseTo(1 / 3);
    expect(byId.get(enrolments[1])!.attendanceRate).toBe(0);
  });

  it('lets a trainee check in with the code: PRESENT within the grace period, LATE after it', async () => {
    const opened = await t.gql<{ openCheckIn: { session: { checkInCode: string; checkInOpen: boolean } } }>(OPEN, { id: current }, { token: trainer });
    const code = opened.data!.openCheckIn.session.checkInCode;
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    // The trainee never sees the code through the API.
    const theirView = await t.gql<{ trainingSession: { checkInCode: string | null; checkInOpen: boolean } }>('query($id: ID!) { trainingSession(id: $id) { checkInCode checkInOpen } }', { id: current }, { token: trainee });
    expect(theirView.data!.trainingSession).toEqual({ checkInCode: null, checkInOpen: true });

    const checked = await t.gql<{ checkIn: { record: { status: string; enrolment: { id: string } } } }>(CHECK_IN, { input: { sessionId: current, code: code.toLowerCase().replace(/(...)/, '$1 ') } }, { token: trainee });
    expect(checked.errors).toBeUndefined();
    expect(checked.data!.checkIn.record).toEqual({ status: 'PRESENT', enrolment: { id: enrolments[0] } });

    const lateCode = (await t.gql<{ openCheckIn: { session: { checkInCode: string } } }>(OPEN, { id: lateStart }, { token: trainer })).data!.openCheckIn.session.checkInCode;
    const late = await t.gql<{ checkIn: { record: { status: string } } }>(CHECK_IN, { input: { sessionId: lateStart, code: lateCode } }, { token: trainee });
    expect(late.data!.checkIn.record.status).toBe('LATE');
  });

  describe('refused requests change nothing', () => {
    let codeOfCurrent: string;
    beforeAll(async () => {
      codeOfCurrent = (await t.gql<{ openCheckIn: { session: { checkInCode: string } } }>(OPEN, { id: current }, { token: trainer })).data!.openCheckIn.session.checkInCode;
      // Give the session that ended two days ago the same code: a code is refused after its session whatever it is.
      await t.orm.em.fork().nativeUpdate(TrainingSession, { id: past }, { checkInCode: codeOfCurrent });
    });

    it.each([
      ['a trainee recording attendance', () => ({ query: RECORD, vars: { input: { sessionId: past, marks: [{ enrolmentId: enrolments[0], status: 'ABSENT' }] } }, token: trainee }), 'FORBIDDEN'],
      ['the trainer of another cohort', () => ({ query: RECORD, vars: { input: { sessionId: past, marks: [{ enrolmentId: enrolments[0], status: 'ABSENT' }] } }, token: otherTrainer }), 'FORBIDDEN'],
      ['PRESENT for a session that has not started', () => ({ query: RECORD, vars: { input: { sessionId: future, marks: [{ enrolmentId: enrolments[0], status: 'PRESENT' }] } }, token: trainer }), 'BAD_USER_INPUT'],
      ['someone not enrolled in the cohort', () => ({ query: RECORD, vars: { input: { sessionId: past, marks: [{ enrolmentId: '00000000-0000-4000-8000-000000000000', status: 'PRESENT' }] } }, token: trainer }), 'BAD_USER_INPUT'],
      ['the same person twice on one sheet', () => ({ query: RECORD, vars: { input: { sessionId: past, marks: [{ enrolmentId: enrolments[0], status: 'PRESENT' }, { enrolmentId: enrolments[0], status: 'ABSENT' }] } }, token: trainer }), 'BAD_USER_INPUT'],
      ['an unknown status', () => ({ query: RECORD, vars: { input: { sessionId: past, marks: [{ enrolmentId: enrolments[0], status: 'ASLEEP' }] } }, token: trainer }), 'BAD_USER_INPUT'],
      ['a wrong check-in code', () => ({ query: CHECK_IN, vars: { input: { sessionId: current, code: 'ZZZZZZ' } }, token: trainee }), 'BAD_USER_INPUT'],
      ['a check-in code used for another session in progress', () => ({ query: CHECK_IN, vars: { input: { sessionId: lateStart, code: codeOfCurrent } }, token: trainee }), 'BAD_USER_INPUT'],
      ['a check-in before the session starts', () => ({ query: CHECK_IN, vars: { input: { sessionId: future, code: codeOfCurrent } }, token: trainee }), 'CONFLICT'],
      ['a check-in by someone outside the cohort', () => ({ query: CHECK_IN, vars: { input: { sessionId: current, code: codeOfCurrent } }, token: outsider }), 'FORBIDDEN'],
      ['a check-in after the session ended', () => ({ query: CHECK_IN, vars: { input: { sessionId: past, code: codeOfCurrent } }, token: trainee }), 'CONFLICT'],
      ['a trainee opening check-in', () => ({ query: OPEN, vars: { id: current }, token: trainee }), 'FORBIDDEN'],
      ['opening check-in for a session not in progress', () => ({ query: OPEN, vars: { id: future }, token: trainer }), 'CONFLICT'],
    ])('%s', async (_name, request, code) => {
      const before = await trainingSnapshot(t);
      const { query, vars, token } = request();
      const result = await t.gql(query, vars, { token });
      expect(errorCode(result)).toBe(code);
      expect(await trainingSnapshot(t)).toBe(before);
    });
  });

  it('allows EXCUSED in advance', async () => {
    const excused = await t.gql(RECORD, { input: { sessionId: future, marks: [{ enrolmentId: enrolments[1], status: 'EXCUSED', note: 'Trade fair in Phnom Penh' }] } }, { token: trainer });
    expect(excused.errors).toBeUndefined();
    const sheet = await t.gql<{ trainingSession: { held: boolean; attendanceSheet: { enrolment: { id: string }; record: { status: string; note: string } | null }[] } }>(SHEET, { id: future }, { token: coordinator });
    expect(sheet.data!.trainingSession.held).toBe(false);
    expect(sheet.data!.trainingSession.attendanceSheet.find((line) => line.enrolment.id === enrolments[1])!.record).toEqual({ status: 'EXCUSED', note: 'Trade fair in Phnom Penh' });
  });
});
